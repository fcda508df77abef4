--liquibase formatted sql

--changeset teia:council-0002
-- People who hold or held a seat: identified by CPF so reconduction is counted across terms.
-- The CPF is personal data: never public, masked in lists.
CREATE TABLE council_person (
  id          uuid         PRIMARY KEY,
  name        varchar(200) NOT NULL,
  cpf         char(11)     NOT NULL,
  created_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX council_person_cpf_uq ON council_person (cpf);

-- One mandate: a person on a seat (segment + number) as member (titular) or alternate (suplente).
CREATE TABLE council_mandate (
  id                   uuid         PRIMARY KEY,
  council_id           uuid         NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  segment_id           uuid         NOT NULL REFERENCES council_segment (id),
  seat_number          integer      NOT NULL CHECK (seat_number > 0),
  role                 varchar(10)  NOT NULL CHECK (role IN ('MEMBER', 'ALTERNATE')),
  person_id            uuid         NOT NULL REFERENCES council_person (id),
  organisation         varchar(200),
  management_position  boolean      NOT NULL DEFAULT false,
  starts_on            date         NOT NULL,
  ends_on              date         NOT NULL,
  ended_on             date,
  created_at           timestamptz  NOT NULL DEFAULT now(),
  version              integer      NOT NULL DEFAULT 0,
  CHECK (ends_on > starts_on),
  CHECK (ended_on IS NULL OR ended_on >= starts_on)
);
CREATE INDEX council_mandate_council_ix ON council_mandate (council_id, segment_id, seat_number);
CREATE INDEX council_mandate_person_ix ON council_mandate (person_id);

-- Presidency terms: who presided, from which side, when.
CREATE TABLE council_presidency (
  id          uuid         PRIMARY KEY,
  council_id  uuid         NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  person_id   uuid         NOT NULL REFERENCES council_person (id),
  side        varchar(20)  NOT NULL CHECK (side IN ('GOVERNMENT', 'CIVIL_SOCIETY')),
  starts_on   date         NOT NULL,
  ends_on     date         NOT NULL,
  created_at  timestamptz  NOT NULL DEFAULT now(),
  CHECK (ends_on > starts_on)
);
CREATE INDEX council_presidency_council_ix ON council_presidency (council_id, starts_on);
