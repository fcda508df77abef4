--liquibase formatted sql
-- The one changeset version 2 adds (benchmark only): a column with a check, an index and a table.

--changeset teia-bench:services-0005
ALTER TABLE citizen_request ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'PRESENCIAL'
  CONSTRAINT citizen_request_channel_ck CHECK (channel IN ('PRESENCIAL', 'TELEFONE', 'INTERNET', 'APP'));
CREATE INDEX citizen_request_channel_ix ON citizen_request (channel);
CREATE TABLE request_channel_log (
  id uuid PRIMARY KEY,
  citizen_request_id uuid NOT NULL CONSTRAINT request_channel_log_request_fk REFERENCES citizen_request (id),
  channel varchar(20) NOT NULL,
  logged_at timestamptz NOT NULL DEFAULT now()
);
