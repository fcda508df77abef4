--liquibase formatted sql

--changeset teia:fund-0011
-- The demonstrativo's deadlines are the ministry's, set per exercise under Portaria MDS nº 625/2010, art. 6º
-- (often moved: 2013's by Portaria MDS nº 114/2014, 2019's by Portaria MC nº 166/2020); 30/04 and 31/05 of
-- the following year stay the default assumed until a year's act is typed in as a changeset on its row.
UPDATE fund_statement_deadline
SET legal_basis = 'Demonstrativo Sintético Anual de Execução Físico-Financeira do SUAS: prazo do MDS para cada exercício (Portaria MDS nº 625/2010, art. 6º); data assumida: gestor até 30/04 e conselho até 31/05 do ano seguinte'
WHERE send_by = make_date(year + 1, 4, 30) AND opinion_by = make_date(year + 1, 5, 31);
