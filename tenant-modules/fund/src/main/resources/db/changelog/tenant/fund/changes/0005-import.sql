--liquibase formatted sql

--changeset teia:fund-0005
-- What the accounting system's export says of an expense beyond what was typed by hand: its funding
-- source, subfunction and the creditor's CPF or CNPJ (digits only; screens show it masked).
ALTER TABLE fund_expense ADD COLUMN source_code varchar(20);
ALTER TABLE fund_expense ADD COLUMN subfunction varchar(3) CHECK (subfunction IS NULL OR subfunction ~ '^[0-9]{3}$');
ALTER TABLE fund_expense ADD COLUMN creditor_document varchar(14)
  CHECK (creditor_document IS NULL OR creditor_document ~ '^([0-9]{11}|[0-9]{14})$');
CREATE INDEX fund_expense_creditor ON fund_expense (year, lower(creditor));

-- Files imported (execution of the accounting system, FNAS releases): one row per file that was
-- imported whole, by its SHA-256; the same file again changes nothing.
CREATE TABLE fund_import (
  id               uuid         PRIMARY KEY,
  kind             varchar(12)  NOT NULL CHECK (kind IN ('EXECUTION', 'REVENUE')),
  digest           char(64)     NOT NULL,
  file_name        varchar(200) NOT NULL,
  line_count       integer      NOT NULL CHECK (line_count >= 0),
  added            integer      NOT NULL CHECK (added >= 0),
  already_present  integer      NOT NULL CHECK (already_present >= 0),
  imported_at      timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT fund_import_digest UNIQUE (kind, digest)
);
