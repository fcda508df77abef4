--liquibase formatted sql

--changeset teia:council-0005
-- Resolutions: the council's deliberations as numbered acts, "Resolução nº 3/2026", numbered per
-- council per year (the year of the meeting that deliberated it). The number comes from a counter
-- row per council and year, locked FOR UPDATE while it is taken, so two at once get no gap and no
-- duplicate.
CREATE TABLE council_resolution_counter (
  council_id   uuid    NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  year         integer NOT NULL,
  last_number  integer NOT NULL CHECK (last_number >= 0),
  PRIMARY KEY (council_id, year)
);

-- A draft can be corrected; once published nothing of it changes. One resolution per agenda item.
-- "search" is the Portuguese full-text vector of title and text (accents kept, words stemmed).
CREATE TABLE council_resolution (
  id              uuid         PRIMARY KEY,
  council_id      uuid         NOT NULL REFERENCES council (id) ON DELETE CASCADE,
  year            integer      NOT NULL,
  number          integer      NOT NULL CHECK (number > 0),
  meeting_id      uuid         NOT NULL REFERENCES council_meeting (id),
  meeting_date    date         NOT NULL,
  agenda_item_id  uuid         NOT NULL REFERENCES council_agenda_item (id),
  title           varchar(300) NOT NULL,
  text            text         NOT NULL,
  status          varchar(10)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
  published_on    date,
  created_at      timestamptz  NOT NULL DEFAULT now(),
  updated_at      timestamptz  NOT NULL DEFAULT now(),
  version         integer      NOT NULL DEFAULT 0,
  search          tsvector     GENERATED ALWAYS AS (
                    setweight(to_tsvector('portuguese', title), 'A') || setweight(to_tsvector('portuguese', text), 'B')
                  ) STORED,
  CHECK (year = extract(year FROM meeting_date)),
  CHECK ((status = 'PUBLISHED') = (published_on IS NOT NULL))
);
CREATE UNIQUE INDEX council_resolution_number_uq ON council_resolution (council_id, year, number);
CREATE UNIQUE INDEX council_resolution_item_uq ON council_resolution (agenda_item_id);
CREATE INDEX council_resolution_list_ix ON council_resolution (council_id, status, year DESC, number DESC);
CREATE INDEX council_resolution_search_ix ON council_resolution USING gin (search);
