--liquibase formatted sql

--changeset teia:council-0008
-- Complaints (denúncias) the council receives about the municipality's social assistance: intake
-- with a yearly protocol number, follow-up entries, and an outcome once closed. The complainant
-- may stay anonymous; when named, name and contact are personal data (reads are audited).
CREATE TABLE council_complaint_counter (
  council_id   uuid     NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  year         integer  NOT NULL,
  last_number  integer  NOT NULL,
  PRIMARY KEY (council_id, year)
);

CREATE TABLE council_complaint (
  id                   uuid          PRIMARY KEY,
  council_id           uuid          NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  year                 integer       NOT NULL,
  number               integer       NOT NULL,
  received_on          date          NOT NULL,
  channel              varchar(20)   NOT NULL,
  anonymous            boolean       NOT NULL,
  complainant_name     varchar(200),
  complainant_contact  varchar(200),
  subject              varchar(200)  NOT NULL,
  concerning           varchar(200),
  description          text          NOT NULL,
  status               varchar(20)   NOT NULL,
  outcome              varchar(20),
  outcome_text         text,
  closed_on            date,
  created_at           timestamptz   NOT NULL DEFAULT now(),
  version              integer       NOT NULL DEFAULT 0,
  CONSTRAINT council_complaint_number_uq UNIQUE (council_id, year, number),
  CONSTRAINT council_complaint_anonymous_ck CHECK (NOT anonymous OR (complainant_name IS NULL AND complainant_contact IS NULL)),
  CONSTRAINT council_complaint_closed_ck CHECK ((status = 'CLOSED') = (outcome IS NOT NULL AND closed_on IS NOT NULL))
);
CREATE INDEX council_complaint_council_ix ON council_complaint (council_id, status, received_on);

CREATE TABLE council_complaint_follow_up (
  id            uuid          PRIMARY KEY,
  complaint_id  uuid          NOT NULL REFERENCES council_complaint (id) ON DELETE CASCADE,
  occurred_on   date          NOT NULL,
  kind          varchar(20)   NOT NULL,
  note          text          NOT NULL,
  recorded_by   varchar(200)  NOT NULL,
  created_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX council_complaint_follow_up_ix ON council_complaint_follow_up (complaint_id, occurred_on);
