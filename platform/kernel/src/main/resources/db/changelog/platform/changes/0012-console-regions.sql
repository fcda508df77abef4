--liquibase formatted sql

--changeset teia:platform-0012
-- Region sets the association defines (its own regional groupings, IBGE intermediate regions...):
-- each municipality of the set's state belongs to at most one region of the set. Municipalities
-- are those of the IBGE reference list, members or not (a grouping covers the whole state).
CREATE TABLE region_set (
  id          uuid         PRIMARY KEY,
  name        varchar(120) NOT NULL,
  uf          char(2)      NOT NULL,
  version     integer      NOT NULL DEFAULT 0,
  created_at  timestamptz  NOT NULL DEFAULT now(),
  updated_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX region_set_name_uq ON region_set (lower(name));

CREATE TABLE region (
  id             uuid         PRIMARY KEY,
  region_set_id  uuid         NOT NULL REFERENCES region_set (id) ON DELETE CASCADE,
  name           varchar(120) NOT NULL,
  UNIQUE (id, region_set_id)
);
CREATE UNIQUE INDEX region_name_uq ON region (region_set_id, lower(name));

CREATE TABLE region_municipality (
  region_set_id  uuid    NOT NULL,
  region_id      uuid    NOT NULL,
  ibge_code      char(7) NOT NULL CHECK (ibge_code ~ '^[0-9]{7}$'),
  PRIMARY KEY (region_set_id, ibge_code),
  FOREIGN KEY (region_id, region_set_id) REFERENCES region (id, region_set_id) ON DELETE CASCADE
);
CREATE INDEX region_municipality_region_idx ON region_municipality (region_id);
