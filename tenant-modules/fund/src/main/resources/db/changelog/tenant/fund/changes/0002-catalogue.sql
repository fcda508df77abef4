--liquibase formatted sql

--changeset teia:fund-0002
-- Financing blocks (where a resource may be spent) and funding sources (where it comes from), as
-- data versioned by year: a row holds from first_year to last_year (null: still in force), so a
-- later act that changes the blocks adds rows and closes others, and old years keep their own.
CREATE TABLE fund_financing_block (
  code         varchar(20)  NOT NULL,
  first_year   integer      NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
  last_year    integer      CHECK (last_year IS NULL OR last_year >= first_year),
  name         varchar(200) NOT NULL,
  sphere       varchar(12)  NOT NULL CHECK (sphere IN ('FEDERAL', 'STATE', 'MUNICIPAL', 'OTHER')),
  legal_basis  varchar(200) NOT NULL,
  sort_order   integer      NOT NULL,
  PRIMARY KEY (code, first_year)
);

CREATE TABLE fund_funding_source (
  code         varchar(20)  NOT NULL,
  first_year   integer      NOT NULL CHECK (first_year BETWEEN 2000 AND 2100),
  last_year    integer      CHECK (last_year IS NULL OR last_year >= first_year),
  name         varchar(200) NOT NULL,
  sphere       varchar(12)  NOT NULL CHECK (sphere IN ('FEDERAL', 'STATE', 'MUNICIPAL', 'OTHER')),
  sort_order   integer      NOT NULL,
  PRIMARY KEY (code, first_year)
);

-- The four federal blocks of Portaria MDS nº 113/2015 (in force from 2016), the state cofinancing of
-- Minas Gerais (Piso Mineiro de Assistência Social, fixed and variable) and the municipality's own.
INSERT INTO fund_financing_block (code, first_year, last_year, name, sphere, legal_basis, sort_order) VALUES
  ('PSB',    2016, NULL, 'Proteção Social Básica', 'FEDERAL', 'Portaria MDS nº 113/2015', 10),
  ('PSE',    2016, NULL, 'Proteção Social Especial de Média e Alta Complexidade', 'FEDERAL', 'Portaria MDS nº 113/2015', 20),
  ('GSUAS',  2016, NULL, 'Gestão do SUAS (IGD-SUAS)', 'FEDERAL', 'Portaria MDS nº 113/2015', 30),
  ('GPBF',   2016, NULL, 'Gestão do Programa Bolsa Família e do Cadastro Único (IGD-PBF)', 'FEDERAL', 'Portaria MDS nº 113/2015', 40),
  ('PMF',    2016, NULL, 'Piso Mineiro de Assistência Social Fixo', 'STATE', 'Cofinanciamento estadual (Minas Gerais)', 50),
  ('PMV',    2016, NULL, 'Piso Mineiro de Assistência Social Variável', 'STATE', 'Cofinanciamento estadual (Minas Gerais)', 60),
  ('PROPRIO', 2016, NULL, 'Recursos próprios do município', 'MUNICIPAL', 'Lei Orçamentária Anual do município', 70);

INSERT INTO fund_funding_source (code, first_year, last_year, name, sphere, sort_order) VALUES
  ('FNAS',        2016, NULL, 'Transferência do Fundo Nacional de Assistência Social (FNAS)', 'FEDERAL', 10),
  ('FEAS',        2016, NULL, 'Transferência do Fundo Estadual de Assistência Social (FEAS-MG)', 'STATE', 20),
  ('TESOURO',     2016, NULL, 'Recursos ordinários do tesouro municipal', 'MUNICIPAL', 30),
  ('RENDIMENTOS', 2016, NULL, 'Rendimentos de aplicação financeira', 'OTHER', 40),
  ('DOACOES',     2016, NULL, 'Doações', 'OTHER', 50),
  ('CONVENIOS',   2016, NULL, 'Convênios e outros repasses', 'OTHER', 60);
