--liquibase formatted sql

--changeset teia:structure-0002
-- The municipality's managing body (órgão gestor): one row at most, enforced by the fixed key.
CREATE TABLE managing_body (
  id                smallint     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  secretariat_name  varchar(200) NOT NULL,
  fund_cnpj         char(14)     NOT NULL CHECK (fund_cnpj ~ '^[0-9A-Z]{12}[0-9]{2}$'), -- alphanumeric CNPJ since 2026
  manager_name      varchar(120) NOT NULL,
  suas_law_number   varchar(40),
  suas_law_date     date,
  suas_law_url      varchar(500),
  population        integer      NOT NULL CHECK (population > 0),
  created_at        timestamptz  NOT NULL DEFAULT now(),
  updated_at        timestamptz  NOT NULL DEFAULT now(),
  version           integer      NOT NULL DEFAULT 0
);
