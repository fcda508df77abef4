--liquibase formatted sql

--changeset teia:fund-0004
-- The execution of the fund: an expense is one commitment (empenho) of a year, numbered as the
-- accounting system numbers it, classified to a block and expense nature (and optionally a unit);
-- its stages and reversals are entries, only ever added (no UPDATE or DELETE by the application).
CREATE TABLE fund_expense (
  id                 uuid          PRIMARY KEY,
  year               integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  commitment_number  varchar(20)   NOT NULL,
  block_code         varchar(20)   NOT NULL,
  expense_nature     varchar(12)   NOT NULL CHECK (expense_nature ~ '^[34]\.[0-9]\.[0-9]{2}\.[0-9]{2}$'),
  creditor           varchar(200)  NOT NULL,
  description        varchar(500),
  unit_id            uuid,
  created_at         timestamptz   NOT NULL DEFAULT now(),
  CONSTRAINT fund_expense_natural_key UNIQUE (year, commitment_number)
);
CREATE INDEX fund_expense_block ON fund_expense (year, block_code);

CREATE TABLE fund_ledger_entry (
  id           uuid          PRIMARY KEY,
  expense_id   uuid          NOT NULL REFERENCES fund_expense (id),
  kind         varchar(24)   NOT NULL CHECK (kind IN ('COMMITMENT', 'COMMITMENT_REVERSAL', 'LIQUIDATION',
                                                    'LIQUIDATION_REVERSAL', 'PAYMENT', 'PAYMENT_REVERSAL')),
  entry_date   date          NOT NULL,
  amount       numeric(15,2) NOT NULL CHECK (amount > 0),
  document     varchar(40)   NOT NULL,
  created_at   timestamptz   NOT NULL DEFAULT now(),
  CONSTRAINT fund_ledger_entry_natural_key UNIQUE (expense_id, kind, document)
);
CREATE INDEX fund_ledger_entry_expense ON fund_ledger_entry (expense_id);

-- Revenues per block and month (transfers received, yields, own resources) and the balance carried
-- from last year (saldo reprogramado), one per block and year.
CREATE TABLE fund_revenue (
  id           uuid          PRIMARY KEY,
  year         integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  month        integer       NOT NULL CHECK (month BETWEEN 1 AND 12),
  block_code   varchar(20)   NOT NULL,
  source_code  varchar(20)   NOT NULL,
  amount       numeric(15,2) NOT NULL CHECK (amount > 0),
  document     varchar(40)   NOT NULL,
  created_at   timestamptz   NOT NULL DEFAULT now(),
  CONSTRAINT fund_revenue_natural_key UNIQUE (year, block_code, source_code, document)
);

CREATE TABLE fund_reprogrammed_balance (
  year        integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  block_code  varchar(20)   NOT NULL,
  amount      numeric(15,2) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (year, block_code)
);
