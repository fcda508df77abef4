--liquibase formatted sql

--changeset teia:council-0004
-- Matters other modules submit for the council's appreciation (fund reports, municipal plan,
-- benefit criteria), waiting for the secretary to put them on an agenda.
CREATE TABLE council_proposal (
  id               uuid         PRIMARY KEY,
  council_acronym  varchar(20)  NOT NULL,
  source_module    varchar(40)  NOT NULL,
  subject          varchar(40)  NOT NULL,
  reference        varchar(100) NOT NULL,
  title            varchar(300) NOT NULL,
  summary          text,
  requested_on     date         NOT NULL,
  agenda_item_id   uuid,
  created_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX council_proposal_uq ON council_proposal (upper(council_acronym), source_module, reference);
