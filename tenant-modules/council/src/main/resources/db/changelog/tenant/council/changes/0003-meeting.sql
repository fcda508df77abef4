--liquibase formatted sql

--changeset teia:council-0003
CREATE TABLE council_meeting (
  id                   uuid         PRIMARY KEY,
  council_id           uuid         NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  kind                 varchar(20)  NOT NULL CHECK (kind IN ('ORDINARY', 'EXTRAORDINARY')),
  meeting_date         date         NOT NULL,
  start_time           time         NOT NULL,
  place                varchar(200) NOT NULL,
  status               varchar(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
  agenda_published_on  date,
  created_at           timestamptz  NOT NULL DEFAULT now(),
  updated_at           timestamptz  NOT NULL DEFAULT now(),
  version              integer      NOT NULL DEFAULT 0
);
CREATE INDEX council_meeting_council_ix ON council_meeting (council_id, meeting_date);

CREATE TABLE council_agenda_item (
  id             uuid         PRIMARY KEY,
  meeting_id     uuid         NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE,
  position       integer      NOT NULL,
  title          varchar(300) NOT NULL,
  description    text,
  proposal_id    uuid,
  votes_for      integer      CHECK (votes_for >= 0),
  votes_against  integer      CHECK (votes_against >= 0),
  abstentions    integer      CHECK (abstentions >= 0)
);
CREATE INDEX council_agenda_item_meeting_ix ON council_agenda_item (meeting_id, position);

-- Who was present (one row per mandate present); absence is the lack of a row.
CREATE TABLE council_attendance (
  meeting_id  uuid NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE,
  mandate_id  uuid NOT NULL REFERENCES council_mandate (id),
  PRIMARY KEY (meeting_id, mandate_id)
);

-- The minutes (ata) of a meeting: drafted, approved at a later meeting, then locked.
CREATE TABLE council_minutes (
  meeting_id              uuid        PRIMARY KEY REFERENCES council_meeting (id) ON DELETE CASCADE,
  text                    text        NOT NULL,
  status                  varchar(10) NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
  approved_at_meeting_id  uuid        REFERENCES council_meeting (id),
  approved_on             date,
  updated_at              timestamptz NOT NULL DEFAULT now(),
  version                 integer     NOT NULL DEFAULT 0,
  CHECK ((status = 'APPROVED') = (approved_at_meeting_id IS NOT NULL))
);
