--liquibase formatted sql

--changeset teia:platform-0011
-- Onboarding started from the admin console runs in the background; its progress lives here so a
-- page reload (or another person) sees it. One row per requested municipality.
CREATE TABLE onboarding_job (
  id            uuid         PRIMARY KEY,
  description   varchar(200) NOT NULL,
  status        varchar(12)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'FINISHED', 'FAILED', 'INTERRUPTED')),
  total         integer      NOT NULL CHECK (total >= 0),
  done          integer      NOT NULL DEFAULT 0,
  failed        integer      NOT NULL DEFAULT 0,
  error         text,
  requested_by  varchar(200) NOT NULL,
  created_at    timestamptz  NOT NULL DEFAULT now(),
  started_at    timestamptz,
  finished_at   timestamptz,
  heartbeat_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX onboarding_job_created_idx ON onboarding_job (created_at DESC);

CREATE TABLE onboarding_job_item (
  job_id       uuid         NOT NULL REFERENCES onboarding_job (id) ON DELETE CASCADE,
  ibge_code    char(7)      NOT NULL,
  name         varchar(120) NOT NULL,
  status       varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'DONE', 'ALREADY', 'FAILED')),
  error        text,
  finished_at  timestamptz,
  PRIMARY KEY (job_id, ibge_code)
);
CREATE INDEX onboarding_job_item_code_idx ON onboarding_job_item (ibge_code, status);
