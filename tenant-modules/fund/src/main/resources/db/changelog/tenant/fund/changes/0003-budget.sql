--liquibase formatted sql

--changeset teia:fund-0003
-- The fund's budget (LOA) per year: allocations (dotações) by financing block, programme/action,
-- funding source, subfunction of function 08 and expense nature; the initial amount and the
-- credits added or reduced by act (créditos adicionais) are kept apart, never overwritten.
CREATE TABLE fund_budget_allocation (
  id              uuid          PRIMARY KEY,
  year            integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  block_code      varchar(20)   NOT NULL,
  action_code     varchar(20)   NOT NULL,
  action_name     varchar(200)  NOT NULL,
  source_code     varchar(20)   NOT NULL,
  subfunction     char(3)       NOT NULL CHECK (subfunction IN ('241', '242', '243', '244')),
  expense_nature  varchar(12)   NOT NULL CHECK (expense_nature ~ '^[34]\.[0-9]\.[0-9]{2}\.[0-9]{2}$'),
  initial_amount  numeric(15,2) NOT NULL CHECK (initial_amount >= 0),
  current_amount  numeric(15,2) NOT NULL CHECK (current_amount >= 0),
  created_at      timestamptz   NOT NULL DEFAULT now(),
  version         integer       NOT NULL DEFAULT 0,
  CONSTRAINT fund_budget_allocation_natural_key
    UNIQUE (year, block_code, action_code, source_code, subfunction, expense_nature)
);

CREATE TABLE fund_budget_change (
  id             uuid          PRIMARY KEY,
  allocation_id  uuid          NOT NULL REFERENCES fund_budget_allocation (id),
  kind           varchar(12)   NOT NULL CHECK (kind IN ('SUPPLEMENT', 'REDUCTION')),
  act            varchar(120)  NOT NULL,
  act_date       date          NOT NULL,
  amount         numeric(15,2) NOT NULL CHECK (amount > 0),
  created_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX fund_budget_change_allocation ON fund_budget_change (allocation_id);
