--liquibase formatted sql

--changeset teia:platform-0002
CREATE TABLE account (
  id             uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  username       varchar(200) NOT NULL UNIQUE CHECK (username = lower(username)),
  display_name   varchar(200) NOT NULL,
  email          varchar(200),
  password_hash  varchar(200),
  enabled        boolean      NOT NULL DEFAULT true,
  oidc_issuer    varchar(500),
  oidc_subject   varchar(255),
  created_at     timestamptz  NOT NULL DEFAULT now(),
  UNIQUE (oidc_issuer, oidc_subject)
);

-- Association-level roles (COGEMAS staff), valid whatever tenant is selected.
CREATE TABLE account_role (
  account_id  uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  role        varchar(40) NOT NULL,
  PRIMARY KEY (account_id, role)
);

-- Roles a person holds in one municipality; a person may belong to several.
CREATE TABLE membership (
  account_id  uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  ibge_code   char(7)     NOT NULL REFERENCES tenant (ibge_code),
  role        varchar(40) NOT NULL,
  PRIMARY KEY (account_id, ibge_code, role)
);
CREATE INDEX membership_tenant_idx ON membership (ibge_code);
