--liquibase formatted sql

--changeset teia:platform-0005
-- The association's rollup of aggregate-only figures that tenant modules publish (no personal data:
-- counts, shares, flags, amounts). Definitions are registered by the application on start; the
-- disclosure threshold k (minimum_count) is the association's to change and is never overwritten.
CREATE TABLE indicator_definition (
  code           varchar(100) PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$'),
  module         varchar(40)  NOT NULL,
  kind           varchar(8)   NOT NULL CHECK (kind IN ('COUNT', 'RATE', 'FLAG', 'AMOUNT')),
  minimum_count  integer      NOT NULL CHECK (minimum_count >= 1),
  registered_at  timestamptz  NOT NULL DEFAULT now()
);

-- The current figure of each municipality: written in the transaction of the change that moved it.
CREATE TABLE indicator_value (
  code         varchar(100)   NOT NULL REFERENCES indicator_definition (code) ON DELETE CASCADE,
  tenant_code  char(7)        NOT NULL REFERENCES tenant (ibge_code) ON DELETE CASCADE,
  value        numeric(20, 4) NOT NULL CHECK (value >= 0),
  denominator  numeric(20, 4) CHECK (denominator >= 0),
  updated_at   timestamptz    NOT NULL,
  PRIMARY KEY (code, tenant_code)
);
CREATE INDEX indicator_value_tenant_idx ON indicator_value (tenant_code);

-- One point per month for time series: the month's latest figure.
CREATE TABLE indicator_history (
  code         varchar(100)   NOT NULL REFERENCES indicator_definition (code) ON DELETE CASCADE,
  tenant_code  char(7)        NOT NULL REFERENCES tenant (ibge_code) ON DELETE CASCADE,
  period       date           NOT NULL CHECK (extract(day FROM period) = 1),
  value        numeric(20, 4) NOT NULL CHECK (value >= 0),
  denominator  numeric(20, 4) CHECK (denominator >= 0),
  PRIMARY KEY (code, tenant_code, period)
);
