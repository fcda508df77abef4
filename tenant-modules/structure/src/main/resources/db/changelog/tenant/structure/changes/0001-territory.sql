--liquibase formatted sql

--changeset teia:structure-0001
CREATE TABLE territory (
  id                  uuid         PRIMARY KEY,
  name                varchar(120) NOT NULL,
  neighbourhoods      text,
  estimated_families  integer      CHECK (estimated_families IS NULL OR estimated_families >= 0),
  vulnerability_notes text,
  created_at          timestamptz  NOT NULL DEFAULT now(),
  updated_at          timestamptz  NOT NULL DEFAULT now(),
  version             integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX territory_name_uq ON territory (lower(name));
