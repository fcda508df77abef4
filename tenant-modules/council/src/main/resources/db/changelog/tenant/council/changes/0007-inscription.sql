--liquibase formatted sql

--changeset teia:council-0007
-- Inscription of social-assistance entities and of their services in a council, in the 7 steps of
-- the law (documentary analysis, technical visit, commission opinion, plenary deliberation,
-- publication, certificate, notification). Each step done is an act (who, when, what); documents
-- are kept with their SHA-256; certificate and letter numbers run per council and year.
CREATE TABLE council_inscription (
  id                  uuid         PRIMARY KEY,
  council_id          uuid         NOT NULL REFERENCES council(id),
  kind                varchar(20)  NOT NULL,
  entity_cnpj         char(14)     NOT NULL,
  entity_name         varchar(300) NOT NULL,
  services            text,
  requested_on        date         NOT NULL,
  step                varchar(30)  NOT NULL,
  outcome             varchar(20),
  status              varchar(20)  NOT NULL,
  inscription_number  integer,
  inscription_year    integer,
  inscribed_on        date,
  certificate_code    varchar(20),
  letter_number       integer,
  letter_year         integer,
  created_at          timestamptz  NOT NULL DEFAULT now(),
  updated_at          timestamptz  NOT NULL DEFAULT now(),
  version             integer      NOT NULL DEFAULT 0
);
CREATE INDEX council_inscription_council_idx ON council_inscription (council_id, step);
CREATE UNIQUE INDEX council_inscription_certificate_uq ON council_inscription (certificate_code);

CREATE TABLE council_inscription_act (
  id              uuid          PRIMARY KEY,
  inscription_id  uuid          NOT NULL REFERENCES council_inscription(id),
  step            varchar(30)   NOT NULL,
  action          varchar(30)   NOT NULL,
  done_on         date          NOT NULL,
  done_at         timestamptz   NOT NULL,
  done_by         varchar(200)  NOT NULL,
  text            text,
  favourable      boolean,
  commission      varchar(300),
  signed_by       varchar(300)
);
CREATE INDEX council_inscription_act_idx ON council_inscription_act (inscription_id, done_at);

CREATE TABLE council_inscription_document (
  id              uuid          PRIMARY KEY,
  inscription_id  uuid          NOT NULL REFERENCES council_inscription(id),
  step            varchar(30)   NOT NULL,
  file_name       varchar(255)  NOT NULL,
  content_type    varchar(50)   NOT NULL,
  size_bytes      integer       NOT NULL,
  sha256          char(64)      NOT NULL,
  content         bytea         NOT NULL,
  uploaded_at     timestamptz   NOT NULL,
  uploaded_by     varchar(200)  NOT NULL
);
CREATE INDEX council_inscription_document_idx ON council_inscription_document (inscription_id);

CREATE TABLE council_inscription_counter (
  council_id   uuid         NOT NULL REFERENCES council(id),
  kind         varchar(20)  NOT NULL,
  year         integer      NOT NULL,
  last_number  integer      NOT NULL,
  PRIMARY KEY (council_id, kind, year)
);
