--liquibase formatted sql

--changeset teia:council-0006
-- Commissions of a council: thematic ones (as many as it wants), and at most one of entity
-- inscription and one of ethics. Members are mandates of that council; the coordinator is one of them.
CREATE TABLE council_commission (
  id                      uuid         PRIMARY KEY,
  council_id              uuid         NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  kind                    varchar(30)  NOT NULL CHECK (kind IN ('THEMATIC', 'ENTITY_INSCRIPTION', 'ETHICS')),
  name                    varchar(200) NOT NULL,
  coordinator_mandate_id  uuid         REFERENCES council_mandate (id),
  created_at              timestamptz  NOT NULL DEFAULT now(),
  updated_at              timestamptz  NOT NULL DEFAULT now(),
  version                 integer      NOT NULL DEFAULT 0
);
CREATE INDEX council_commission_council_ix ON council_commission (council_id);
CREATE UNIQUE INDEX council_commission_kind_uq ON council_commission (council_id, kind) WHERE kind <> 'THEMATIC';
CREATE UNIQUE INDEX council_commission_name_uq ON council_commission (council_id, upper(name));

CREATE TABLE council_commission_member (
  commission_id  uuid NOT NULL REFERENCES council_commission (id) ON DELETE CASCADE,
  mandate_id     uuid NOT NULL REFERENCES council_mandate (id),
  PRIMARY KEY (commission_id, mandate_id)
);

-- What a commission reports to the plenary.
CREATE TABLE council_commission_report (
  id             uuid         PRIMARY KEY,
  commission_id  uuid         NOT NULL REFERENCES council_commission (id) ON DELETE CASCADE,
  report_date    date         NOT NULL,
  title          varchar(300) NOT NULL,
  text           text         NOT NULL,
  created_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX council_commission_report_ix ON council_commission_report (commission_id, report_date);
