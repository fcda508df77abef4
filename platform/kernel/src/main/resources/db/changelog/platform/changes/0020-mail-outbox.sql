--liquibase formatted sql

--changeset teia:platform-0020
-- Every e-mail Teia sends is first written here (in the same transaction as what caused it), then
-- relayed to SMTP by a scheduled job (kernel.mail.MailRelay). Without SMTP configured mails stay
-- PENDING and the association admin reads them in the console. A relay claims a row by moving
-- next_attempt_at forward with FOR UPDATE SKIP LOCKED, so two nodes never take the same row.
CREATE TABLE mail_outbox (
  id               uuid          PRIMARY KEY,
  recipient        varchar(320)  NOT NULL,
  subject          varchar(250)  NOT NULL,
  body             text          NOT NULL,
  status           varchar(8)    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts         integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz   NOT NULL DEFAULT now(),
  last_error       text,
  created_at       timestamptz   NOT NULL DEFAULT now(),
  sent_at          timestamptz
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC);
