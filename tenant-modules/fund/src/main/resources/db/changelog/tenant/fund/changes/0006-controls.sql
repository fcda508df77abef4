--liquibase formatted sql

--changeset teia:fund-0006
-- The parameters of the SUAS controls, as data versioned by year like the catalogue: a row holds
-- from first_year to last_year (null: still in force), so a new act (another execution target,
-- another list of personnel natures) is a changeset closing a row and adding one, never a code change.
-- value: a decimal (the target) or a comma-separated list (block codes, nature prefixes).
CREATE TABLE fund_control_parameter (
  code         varchar(40)  NOT NULL,
  first_year   integer      NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
  last_year    integer      CHECK (last_year IS NULL OR last_year >= first_year),
  value        varchar(300) NOT NULL,
  legal_basis  varchar(300) NOT NULL,
  PRIMARY KEY (code, first_year)
);

INSERT INTO fund_control_parameter (code, first_year, last_year, value, legal_basis) VALUES
  ('EXECUTION_TARGET', 2016, NULL, '0.80',
   'Meta de execução dos recursos federais (repasse + saldo reprogramado em 12 meses): Portaria MDS nº 113/2015 e Resolução CNAS nº 7/2019'),
  ('EXECUTION_BLOCKS', 2016, NULL, 'PSB,PSE,GSUAS,GPBF',
   'Blocos federais de custeio sujeitos à meta de execução (Portaria MDS nº 113/2015)'),
  ('IGD_BLOCKS', 2016, NULL, 'GSUAS,GPBF',
   'Recursos do IGD-SUAS e do IGD-PBF: vedado o pagamento de pessoal (Portaria MDS nº 7/2012, Decreto nº 7.636/2011)'),
  ('PERSONNEL_NATURES', 2016, NULL, '3.1.,3.3.90.34,3.3.90.04',
   'Naturezas de despesa de pessoal: grupo 1 (pessoal e encargos), 3.3.90.34 (terceirização de mão de obra), 3.3.90.04 (contratação temporária)');
