--liquibase formatted sql

--changeset teia:training-0002
-- A person who takes courses: a Teia account, or someone from outside registered by the staff
-- (a community leader) with no account yet. The CPF goes on certificates, masked.
CREATE TABLE training_participant (
  id          uuid          PRIMARY KEY,
  account_id  uuid          UNIQUE REFERENCES account (id),
  name        varchar(200)  NOT NULL,
  cpf         char(11)      UNIQUE CHECK (cpf ~ '^[0-9]{11}$'),
  email       varchar(200),
  created_at  timestamptz   NOT NULL DEFAULT now()
);

-- An enrolment of a person in a class, on behalf of a municipality. Seats are held by CONFIRMED
-- and OFFERED enrolments; WAITING ones are served first come (seq) when a seat frees, the first
-- gets an offer until offer_expires_at. Changes are made under a row lock on the class.
CREATE TABLE training_enrolment (
  id                uuid          PRIMARY KEY,
  seq               bigint        GENERATED ALWAYS AS IDENTITY UNIQUE,
  class_id          uuid          NOT NULL REFERENCES training_class (id),
  participant_id    uuid          NOT NULL REFERENCES training_participant (id),
  ibge_code         char(7)       NOT NULL CHECK (ibge_code ~ '^[0-9]{7}$'),
  status            varchar(20)   NOT NULL CHECK (status IN ('CONFIRMED', 'WAITING', 'OFFERED', 'CANCELLED', 'EXPIRED')),
  offer_expires_at  timestamptz,
  grade             numeric(4,2)  CHECK (grade BETWEEN 0 AND 10),
  requested_at      timestamptz   NOT NULL,
  enrolled_by       uuid,
  updated_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX training_enrolment_active_uq ON training_enrolment (class_id, participant_id)
  WHERE status IN ('CONFIRMED', 'WAITING', 'OFFERED');
CREATE INDEX training_enrolment_class_idx ON training_enrolment (class_id, status, seq);
CREATE INDEX training_enrolment_participant_idx ON training_enrolment (participant_id);
CREATE INDEX training_enrolment_ibge_idx ON training_enrolment (ibge_code);
CREATE INDEX training_enrolment_offer_idx ON training_enrolment (offer_expires_at) WHERE status = 'OFFERED';

-- Attendance per session; an excused absence does not count against the attendance share.
CREATE TABLE training_attendance (
  session_id     uuid         NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  enrolment_id   uuid         NOT NULL REFERENCES training_enrolment (id),
  status         varchar(10)  NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
  recorded_at    timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, enrolment_id)
);
CREATE INDEX training_attendance_enrolment_idx ON training_attendance (enrolment_id);
