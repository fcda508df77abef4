--liquibase formatted sql

--changeset teia:training-0003
-- Issued certificates: what each certifies is copied at issue and never changed (a correction
-- revokes and reissues); the PDF's SHA-256 tells an uploaded file is exactly the one issued.
CREATE TABLE training_certificate (
  id                 uuid          PRIMARY KEY,
  code               varchar(20)   NOT NULL UNIQUE,
  enrolment_id       uuid          NOT NULL REFERENCES training_enrolment (id),
  participant_name   varchar(200)  NOT NULL,
  masked_cpf         varchar(14),
  course_title       varchar(200)  NOT NULL,
  content_summary    varchar(4000) NOT NULL,
  workload_hours     integer       NOT NULL,
  starts_on          date          NOT NULL,
  ends_on            date          NOT NULL,
  attendance_pct     integer       NOT NULL,
  grade              numeric(4,2),
  municipality       varchar(120)  NOT NULL,
  issued_at          timestamptz   NOT NULL,
  issued_by          varchar(200)  NOT NULL,
  sha256             char(64)      NOT NULL,
  pdf                bytea         NOT NULL,
  revoked_at         timestamptz,
  revoked_reason     varchar(500),
  replaced_by        uuid          REFERENCES training_certificate (id)
);
CREATE UNIQUE INDEX training_certificate_valid_uq ON training_certificate (enrolment_id) WHERE revoked_at IS NULL;
CREATE INDEX training_certificate_sha_idx ON training_certificate (sha256);
