--liquibase formatted sql

--changeset teia:platform-0010
-- The association's own record of each member municipality (admin console): population (for the
-- size class), adhesion, the current manager and a business contact. One row per catalogued tenant,
-- created on first edit; optimistic locking through version.
CREATE TABLE member_profile (
  ibge_code       char(7)      PRIMARY KEY REFERENCES tenant (ibge_code),
  population      integer      CHECK (population > 0),
  adhesion_date   date,
  manager_name    varchar(120),
  manager_email   varchar(200),
  manager_phone   varchar(20),
  contact_name    varchar(120),
  contact_email   varchar(200),
  contact_phone   varchar(20),
  version         integer      NOT NULL DEFAULT 0,
  updated_at      timestamptz  NOT NULL DEFAULT now(),
  updated_by      varchar(200)
);
CREATE INDEX member_profile_population_idx ON member_profile (population);

-- Annual contribution to the association; a year with no row counts as pending.
CREATE TABLE member_contribution (
  ibge_code   char(7)     NOT NULL REFERENCES tenant (ibge_code),
  year        smallint    NOT NULL CHECK (year BETWEEN 1990 AND 2200),
  status      varchar(10) NOT NULL CHECK (status IN ('PAID', 'PENDING', 'EXEMPT')),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ibge_code, year)
);
CREATE INDEX member_contribution_year_idx ON member_contribution (year, status);
