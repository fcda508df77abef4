--liquibase formatted sql

--changeset teia:platform-0001
CREATE TABLE tenant (
  ibge_code          char(7)      PRIMARY KEY CHECK (ibge_code ~ '^[0-9]{7}$'),
  name               varchar(120) NOT NULL,
  uf                 char(2)      NOT NULL,
  status             varchar(16)  NOT NULL CHECK (status IN ('PROVISIONING', 'ACTIVE', 'FAILED', 'SUSPENDED')),
  schema_name        varchar(63)  NOT NULL UNIQUE,
  changelog_version  varchar(200),
  last_error         text,
  created_at         timestamptz  NOT NULL DEFAULT now(),
  updated_at         timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX tenant_uf_idx ON tenant (uf);
CREATE INDEX tenant_status_idx ON tenant (status);
