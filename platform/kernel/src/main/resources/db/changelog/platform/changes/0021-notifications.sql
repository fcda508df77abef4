--liquibase formatted sql

--changeset teia:platform-0021
-- Notifications, one row per person (kernel.notification.Notifications). The delivery is the
-- person's choice for the kind when the notification was made; mailed_at is set in the same
-- transaction as the outbox mail that carried it (at once, or in a daily or weekly digest), so a
-- digest never misses nor repeats an item, whatever restarts in between.
CREATE TABLE notification (
  id          uuid          PRIMARY KEY,
  account_id  uuid          NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  kind        varchar(60)   NOT NULL,
  title       varchar(200)  NOT NULL,
  body        text          NOT NULL DEFAULT '',
  link        varchar(500),
  delivery    varchar(10)   NOT NULL CHECK (delivery IN ('NONE', 'IMMEDIATE', 'DAILY', 'WEEKLY')),
  created_at  timestamptz   NOT NULL DEFAULT now(),
  read_at     timestamptz,
  mailed_at   timestamptz
);
CREATE INDEX notification_account_idx ON notification (account_id, created_at DESC);
CREATE INDEX notification_digest_idx ON notification (delivery, account_id, created_at)
  WHERE mailed_at IS NULL AND delivery IN ('DAILY', 'WEEKLY');

-- Each person's choice per kind; a kind without a row uses the kind's default.
CREATE TABLE notification_preference (
  account_id  uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  kind        varchar(60)  NOT NULL,
  delivery    varchar(10)  NOT NULL CHECK (delivery IN ('NONE', 'IMMEDIATE', 'DAILY', 'WEEKLY')),
  PRIMARY KEY (account_id, kind)
);
