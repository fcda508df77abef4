--liquibase formatted sql

--changeset teia:structure-workforce-0002
-- Workers of the municipality's SUAS units (trabalhadores do SUAS). The CPF is personal data:
-- stored here only, shown masked, read unmasked only by the manager and staff, each read audited.
CREATE TABLE worker (
  id               uuid         PRIMARY KEY,
  name             varchar(120) NOT NULL,
  cpf              char(11)     NOT NULL CHECK (cpf ~ '^[0-9]{11}$'),
  profession       varchar(40)  NOT NULL,
  education_level  varchar(20)  NOT NULL CHECK (education_level IN ('FUNDAMENTAL', 'MEDIO', 'SUPERIOR')),
  bond             varchar(20)  NOT NULL CHECK (bond IN ('EFETIVO', 'COMISSIONADO', 'CONTRATADO', 'TERCEIRIZADO')),
  weekly_hours     integer      NOT NULL CHECK (weekly_hours BETWEEN 1 AND 60),
  unit_id          uuid         NOT NULL REFERENCES unit (id),
  coordinator      boolean      NOT NULL DEFAULT false,
  created_at       timestamptz  NOT NULL DEFAULT now(),
  updated_at       timestamptz  NOT NULL DEFAULT now(),
  version          integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX worker_cpf_uq ON worker (cpf);
CREATE INDEX worker_unit_ix ON worker (unit_id);
CREATE INDEX worker_name_ix ON worker (lower(name));
-- One coordinator per unit.
CREATE UNIQUE INDEX worker_coordinator_uq ON worker (unit_id) WHERE coordinator;
