--liquibase formatted sql

--changeset teia:fund-0001
-- The municipal social-assistance fund (FMAS): one row at most, enforced by the fixed key.
CREATE TABLE fund_registry (
  id                  smallint     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name                varchar(200) NOT NULL,
  cnpj                char(14)     NOT NULL CHECK (cnpj ~ '^[0-9]{14}$'),
  managing_body       varchar(200) NOT NULL,
  ordinator_name      varchar(120) NOT NULL, -- ordenador de despesa
  ordinator_position  varchar(120),
  law_number          varchar(40)  NOT NULL, -- the municipal law that created the fund
  law_date            date,
  created_at          timestamptz  NOT NULL DEFAULT now(),
  updated_at          timestamptz  NOT NULL DEFAULT now(),
  version             integer      NOT NULL DEFAULT 0
);

-- The fund's bank accounts: one per financing block (and per programme where the transferring
-- sphere asks for one). The block is a catalogue code, not a key: the catalogue is versioned by year.
CREATE TABLE fund_bank_account (
  id              uuid         PRIMARY KEY,
  block_code      varchar(20)  NOT NULL,
  programme       varchar(120),
  bank_code       char(3)      NOT NULL CHECK (bank_code ~ '^[0-9]{3}$'),
  branch          varchar(10)  NOT NULL,
  account_number  varchar(20)  NOT NULL,
  created_at      timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT fund_bank_account_number_unique UNIQUE (bank_code, branch, account_number)
);
CREATE INDEX fund_bank_account_block ON fund_bank_account (block_code);
