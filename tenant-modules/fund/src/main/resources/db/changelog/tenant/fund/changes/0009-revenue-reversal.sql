--liquibase formatted sql

--changeset teia:fund-0009
-- A wrong revenue is reversed (estorno) by a new entry naming it, never edited or deleted: the balances
-- subtract a reversal's amount. Each revenue keeps where it came from (typed by hand or an imported
-- file). Rows before this change have no such record; they are marked HAND (the default below, dropped
-- after: the application always says).
ALTER TABLE fund_revenue ADD COLUMN origin varchar(10) NOT NULL DEFAULT 'HAND' CHECK (origin IN ('HAND', 'IMPORT'));
ALTER TABLE fund_revenue ALTER COLUMN origin DROP DEFAULT;
ALTER TABLE fund_revenue ADD COLUMN reverses_id uuid REFERENCES fund_revenue (id);
ALTER TABLE fund_revenue ADD COLUMN reason varchar(200);
-- A revenue is reversed at most once.
CREATE UNIQUE INDEX fund_revenue_reversal ON fund_revenue (reverses_id) WHERE reverses_id IS NOT NULL;
CREATE INDEX fund_revenue_year_month ON fund_revenue (year, month, block_code);
