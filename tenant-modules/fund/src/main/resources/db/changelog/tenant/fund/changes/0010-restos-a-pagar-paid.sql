--liquibase formatted sql

--changeset teia:fund-0010
-- The demonstrativo keeps, per block, the restos a pagar of earlier years paid in the year: its closing
-- balance (reprogrammed + received - paid - restos a pagar paid) then adds up on its own line.
-- Statements finalised before this change paid none apart (their year's figures counted them as paid).
ALTER TABLE fund_annual_statement_line ADD COLUMN carried_paid numeric(15,2) NOT NULL DEFAULT 0;
