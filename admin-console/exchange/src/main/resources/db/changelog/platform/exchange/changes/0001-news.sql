--liquibase formatted sql

--changeset teia:exchange-0001
-- News and notices the association publishes to every member or to chosen regions (of the
-- console's region sets). The Markdown is kept to edit; the sanitised HTML is what is shown.
-- publish_at in the future means scheduled; notified_at is set when its readers were notified.
CREATE TABLE exchange_news (
  id             uuid          PRIMARY KEY,
  kind           varchar(10)   NOT NULL CHECK (kind IN ('NEWS', 'NOTICE')),
  title          varchar(200)  NOT NULL,
  body_markdown  text          NOT NULL,
  body_html      text          NOT NULL,
  all_members    boolean       NOT NULL,
  publish_at     timestamptz   NOT NULL,
  author_id      uuid,
  author_name    varchar(200)  NOT NULL,
  created_at     timestamptz   NOT NULL DEFAULT now(),
  notified_at    timestamptz
);
CREATE INDEX exchange_news_publish_idx ON exchange_news (publish_at DESC);
CREATE INDEX exchange_news_due_idx ON exchange_news (publish_at) WHERE notified_at IS NULL;

CREATE TABLE exchange_news_region (
  news_id    uuid  NOT NULL REFERENCES exchange_news (id) ON DELETE CASCADE,
  region_id  uuid  NOT NULL REFERENCES region (id) ON DELETE CASCADE,
  PRIMARY KEY (news_id, region_id)
);
CREATE INDEX exchange_news_region_region_idx ON exchange_news_region (region_id);

-- Who read what: one row per person and item (unread = no row).
CREATE TABLE exchange_news_read (
  news_id     uuid         NOT NULL REFERENCES exchange_news (id) ON DELETE CASCADE,
  account_id  uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  read_at     timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, news_id)
);

-- Files attached to news and practices, in the database (ADR 0016): backed up, restored and
-- deleted with what they belong to, and every application node reads them without a shared disk.
CREATE TABLE exchange_attachment (
  id            uuid          PRIMARY KEY,
  owner_type    varchar(10)   NOT NULL CHECK (owner_type IN ('NEWS', 'PRACTICE')),
  owner_id      uuid          NOT NULL,
  file_name     varchar(200)  NOT NULL,
  content_type  varchar(100)  NOT NULL,
  size_bytes    integer       NOT NULL CHECK (size_bytes BETWEEN 0 AND 10485760),
  content       bytea         NOT NULL,
  created_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX exchange_attachment_owner_idx ON exchange_attachment (owner_type, owner_id);
