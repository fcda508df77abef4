--liquibase formatted sql

--changeset teia:platform-0004
-- ShedLock: one row per scheduled job; the node that holds the row until lock_until runs the job.
-- Columns are ShedLock's own (timestamps without time zone: it writes UTC from the database clock).
CREATE TABLE shedlock (
  name        varchar(64)   PRIMARY KEY,
  lock_until  timestamp(3)  NOT NULL,
  locked_at   timestamp(3)  NOT NULL,
  locked_by   varchar(255)  NOT NULL
);
