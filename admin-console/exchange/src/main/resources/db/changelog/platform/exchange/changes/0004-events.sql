--liquibase formatted sql

--changeset teia:exchange-0005
-- The association's events calendar (meetings of COGEMAS, regional meetings, trainings), seen by
-- every member, exported as iCalendar. Times are instants; screens show Brasília time.
CREATE TABLE exchange_event (
  id                uuid          PRIMARY KEY,
  kind              varchar(20)   NOT NULL CHECK (kind IN ('ASSEMBLY', 'REGIONAL_MEETING', 'TRAINING', 'OTHER')),
  title             varchar(200)  NOT NULL,
  description       text          NOT NULL DEFAULT '',
  place             varchar(300)  NOT NULL DEFAULT '',
  starts_at         timestamptz   NOT NULL,
  ends_at           timestamptz   NOT NULL,
  registration_url  varchar(500),
  created_at        timestamptz   NOT NULL DEFAULT now(),
  CHECK (ends_at >= starts_at)
);
CREATE INDEX exchange_event_starts_idx ON exchange_event (starts_at);
