--liquibase formatted sql

--changeset teia:council-0001
-- The municipality's collegiate bodies (CMAS first; CMDCA, elderly, disability...) and the rules
-- their laws set, as data: seats, mandate and presidency terms, quorum, notice for agendas.
CREATE TABLE council (
  id                         uuid         PRIMARY KEY,
  acronym                    varchar(20)  NOT NULL,
  name                       varchar(200) NOT NULL,
  law_number                 varchar(40)  NOT NULL,
  law_date                   date         NOT NULL,
  seats                      integer      NOT NULL CHECK (seats > 0 AND seats % 2 = 0),
  mandate_years              integer      NOT NULL CHECK (mandate_years BETWEEN 1 AND 4),
  mandate_reconductions      integer      NOT NULL CHECK (mandate_reconductions BETWEEN 0 AND 3),
  presidency_term_years      integer      NOT NULL CHECK (presidency_term_years BETWEEN 1 AND 4),
  presidency_reconductions   integer      NOT NULL CHECK (presidency_reconductions BETWEEN 0 AND 3),
  quorum_rule                varchar(30)  NOT NULL,
  notice_days                integer      NOT NULL CHECK (notice_days BETWEEN 0 AND 60),
  extraordinary_notice_days  integer      NOT NULL CHECK (extraordinary_notice_days BETWEEN 0 AND 60),
  created_at                 timestamptz  NOT NULL DEFAULT now(),
  updated_at                 timestamptz  NOT NULL DEFAULT now(),
  version                    integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX council_acronym_uq ON council (upper(acronym));

-- Segments: government seats by secretariat, civil society by segment (users, entities, workers).
-- member_seats are the titular seats, alternate_seats the suplentes; parity counts both.
CREATE TABLE council_segment (
  id               uuid         PRIMARY KEY,
  council_id       uuid         NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  kind             varchar(20)  NOT NULL CHECK (kind IN ('GOVERNMENT', 'USERS', 'ENTITIES', 'WORKERS')),
  name             varchar(200) NOT NULL,
  member_seats     integer      NOT NULL CHECK (member_seats > 0),
  alternate_seats  integer      NOT NULL CHECK (alternate_seats >= 0),
  position         integer      NOT NULL
);
CREATE INDEX council_segment_council_ix ON council_segment (council_id);
