--liquibase formatted sql

--changeset teia:council-0009
-- Conferences a council convenes: ordinary every 4 years, extraordinary when convened; their
-- organising committee, delegates by segment, and deliberations followed up until done.
CREATE TABLE council_conference (
  id            uuid          PRIMARY KEY,
  council_id    uuid          NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  kind          varchar(20)   NOT NULL,
  edition       integer       NOT NULL CHECK (edition > 0),
  theme         varchar(300)  NOT NULL,
  starts_on     date          NOT NULL,
  ends_on       date          NOT NULL,
  venue         varchar(200)  NOT NULL,
  convened_by   varchar(200)  NOT NULL,
  status        varchar(20)   NOT NULL,
  created_at    timestamptz   NOT NULL DEFAULT now(),
  version       integer       NOT NULL DEFAULT 0,
  CONSTRAINT council_conference_dates_ck CHECK (ends_on >= starts_on)
);
CREATE INDEX council_conference_council_ix ON council_conference (council_id, starts_on);

CREATE TABLE council_conference_committee (
  id             uuid          PRIMARY KEY,
  conference_id  uuid          NOT NULL REFERENCES council_conference (id) ON DELETE CASCADE,
  name           varchar(200)  NOT NULL,
  side           varchar(20)   NOT NULL,
  organisation   varchar(200),
  coordinator    boolean       NOT NULL DEFAULT false
);
CREATE INDEX council_conference_committee_ix ON council_conference_committee (conference_id);

CREATE TABLE council_conference_delegate (
  id             uuid          PRIMARY KEY,
  conference_id  uuid          NOT NULL REFERENCES council_conference (id) ON DELETE CASCADE,
  name           varchar(200)  NOT NULL,
  segment        varchar(20)   NOT NULL,
  role           varchar(20)   NOT NULL,
  organisation   varchar(200),
  state_stage    boolean       NOT NULL DEFAULT false
);
CREATE INDEX council_conference_delegate_ix ON council_conference_delegate (conference_id);

CREATE TABLE council_conference_deliberation (
  id             uuid          PRIMARY KEY,
  conference_id  uuid          NOT NULL REFERENCES council_conference (id) ON DELETE CASCADE,
  number         integer       NOT NULL,
  text           text          NOT NULL,
  scope          varchar(20)   NOT NULL,
  status         varchar(20)   NOT NULL,
  status_on      date          NOT NULL,
  version        integer       NOT NULL DEFAULT 0,
  CONSTRAINT council_conference_deliberation_uq UNIQUE (conference_id, number)
);

CREATE TABLE council_deliberation_follow_up (
  id               uuid          PRIMARY KEY,
  deliberation_id  uuid          NOT NULL REFERENCES council_conference_deliberation (id) ON DELETE CASCADE,
  occurred_on      date          NOT NULL,
  status           varchar(20)   NOT NULL,
  note             text          NOT NULL,
  recorded_by      varchar(200)  NOT NULL,
  created_at       timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX council_deliberation_follow_up_ix ON council_deliberation_follow_up (deliberation_id, occurred_on);
