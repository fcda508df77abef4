--liquibase formatted sql

--changeset teia:structure-0005
-- Units of the SUAS network run by the municipality (CRAS, CREAS, Centro POP, reception units...).
-- capacity: families referenced for a CRAS, cases followed for a CREAS, places for a reception unit.
CREATE TABLE unit (
  id              uuid         PRIMARY KEY,
  type            varchar(30)  NOT NULL,
  name            varchar(120) NOT NULL,
  address         varchar(300),
  territory_id    uuid         REFERENCES territory (id) ON DELETE SET NULL,
  opening_date    date,
  status          varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
  capacity        integer      CHECK (capacity IS NULL OR capacity >= 0),
  parent_unit_id  uuid         REFERENCES unit (id),
  created_at      timestamptz  NOT NULL DEFAULT now(),
  updated_at      timestamptz  NOT NULL DEFAULT now(),
  version         integer      NOT NULL DEFAULT 0,
  CHECK ((type = 'EQUIPE_VOLANTE') = (parent_unit_id IS NOT NULL))
);
CREATE UNIQUE INDEX unit_name_uq ON unit (lower(name));
CREATE INDEX unit_territory_ix ON unit (territory_id);
CREATE INDEX unit_parent_ix ON unit (parent_unit_id);

CREATE TABLE unit_service (
  unit_id       uuid        NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
  service_code  varchar(40) NOT NULL REFERENCES typified_service (code),
  PRIMARY KEY (unit_id, service_code)
);
