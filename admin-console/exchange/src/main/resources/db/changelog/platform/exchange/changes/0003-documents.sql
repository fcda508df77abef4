--liquibase formatted sql

--changeset teia:exchange-0003
-- unaccent is a trusted extension: the owner role (CREATE on the database, infra/db-roles.sql) may
-- create it; it lands in the schema being migrated (platform) unless the database already has it.
CREATE EXTENSION IF NOT EXISTS unaccent;

--changeset teia:exchange-0004
-- Portuguese full-text search that ignores accents: words lose their accents (unaccent), then are
-- stemmed in Portuguese, so "beneficio" and "Benefícios" meet. Plural forms the stemmer keeps apart
-- (eventual / eventuais) are met by the query, which also asks for each word's singular and plural
-- (document.SearchQuery).
CREATE TEXT SEARCH CONFIGURATION exchange_pt (COPY = pg_catalog.portuguese);
ALTER TEXT SEARCH CONFIGURATION exchange_pt
  ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart WITH unaccent, portuguese_stem;

-- The documents library: each document in a folder, with tags, its versions (the newest is the
-- current one) and how many times it was downloaded. content_text is the current version's text
-- (PDF text extracted with PDFBox); search weighs the title, then the description and tags, then
-- the text. It is written by the repository with each change (a generated column cannot: the
-- configuration's name and array_to_string are not immutable).
CREATE TABLE exchange_document (
  id            uuid          PRIMARY KEY,
  title         varchar(200)  NOT NULL,
  description   text          NOT NULL DEFAULT '',
  folder        varchar(100)  NOT NULL,
  tags          text[]        NOT NULL DEFAULT '{}',
  content_text  text          NOT NULL DEFAULT '',
  downloads     integer       NOT NULL DEFAULT 0,
  created_at    timestamptz   NOT NULL DEFAULT now(),
  updated_at    timestamptz   NOT NULL DEFAULT now(),
  search        tsvector      NOT NULL DEFAULT ''::tsvector
);
CREATE INDEX exchange_document_search_idx ON exchange_document USING gin (search);
CREATE INDEX exchange_document_folder_idx ON exchange_document (lower(folder));

CREATE TABLE exchange_document_version (
  document_id   uuid          NOT NULL REFERENCES exchange_document (id) ON DELETE CASCADE,
  version       integer       NOT NULL CHECK (version > 0),
  file_name     varchar(200)  NOT NULL,
  content_type  varchar(100)  NOT NULL,
  size_bytes    integer       NOT NULL CHECK (size_bytes BETWEEN 0 AND 10485760),
  content       bytea         NOT NULL,
  author_name   varchar(200)  NOT NULL,
  created_at    timestamptz   NOT NULL DEFAULT now(),
  PRIMARY KEY (document_id, version)
);
