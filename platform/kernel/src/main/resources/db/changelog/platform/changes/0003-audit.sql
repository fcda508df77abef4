--liquibase formatted sql

--changeset teia:platform-0003 splitStatements:false
-- Append-only: who, when, tenant, what, which record. Updates and deletes are refused by trigger.
CREATE TABLE audit_event (
  id           bigserial    PRIMARY KEY,
  occurred_at  timestamptz  NOT NULL DEFAULT now(),
  account_id   uuid,
  actor        varchar(200) NOT NULL,
  tenant_code  char(7),
  action       varchar(60)  NOT NULL,
  entity_type  varchar(100),
  entity_id    varchar(100),
  details      text
);
CREATE INDEX audit_event_tenant_idx ON audit_event (tenant_code, occurred_at);
CREATE INDEX audit_event_account_idx ON audit_event (account_id, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END $$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
