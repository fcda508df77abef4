--liquibase formatted sql

--changeset teia:exchange-0002
-- Good practices a municipality submits and the association moderates (practice.PracticeStatus):
-- SUBMITTED -> APPROVED (published to every member) | CHANGES_REQUESTED (back to the submitter,
-- who edits and resubmits) | REFUSED (with a reason). The last decision's note stays with it.
CREATE TABLE exchange_practice (
  id              uuid          PRIMARY KEY,
  ibge_code       char(7)       NOT NULL REFERENCES tenant (ibge_code),
  submitted_by    uuid,         -- an account, or the system person of demo data (no row)
  title           varchar(200)  NOT NULL,
  theme           varchar(20)   NOT NULL,
  problem         text          NOT NULL,
  action_taken    text          NOT NULL,
  results         text          NOT NULL,
  contact         varchar(300)  NOT NULL,
  status          varchar(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUSED')),
  decision_note   text,
  decided_at      timestamptz,
  submitted_at    timestamptz   NOT NULL,
  published_at    timestamptz,
  version         integer       NOT NULL DEFAULT 0
);
CREATE INDEX exchange_practice_status_idx ON exchange_practice (status, submitted_at);
CREATE INDEX exchange_practice_tenant_idx ON exchange_practice (ibge_code);
