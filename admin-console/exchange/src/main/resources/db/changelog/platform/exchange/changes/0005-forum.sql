--liquibase formatted sql

--changeset teia:exchange-0006
-- The forum of the members' managers (forum package): categories, topics, posts (the opening post and
-- the replies), abuse reports, followers. Authors are kept by id and by the name shown when they wrote
-- (no foreign key: demo data writes as the system person). A post is VISIBLE, HIDDEN (enough reports
-- hid it until staff review it) or REMOVED (by staff, with the reason); staff restoring a post mark
-- its reports reviewed, so the same reports do not hide it again.
CREATE TABLE exchange_forum_category (
  id           uuid          PRIMARY KEY,
  name         varchar(100)  NOT NULL UNIQUE,
  description  varchar(300)  NOT NULL DEFAULT '',
  position     integer       NOT NULL DEFAULT 0
);

CREATE TABLE exchange_forum_topic (
  id            uuid          PRIMARY KEY,
  category_id   uuid          NOT NULL REFERENCES exchange_forum_category (id),
  title         varchar(200)  NOT NULL,
  author_id     uuid          NOT NULL,
  author_name   varchar(200)  NOT NULL,
  ibge_code     char(7)       REFERENCES tenant (ibge_code),  -- null: written by association staff
  created_at    timestamptz   NOT NULL,
  last_post_at  timestamptz   NOT NULL,
  search        tsvector      NOT NULL DEFAULT ''::tsvector  -- title and opening text (exchange_pt)
);
CREATE INDEX exchange_forum_topic_category_idx ON exchange_forum_topic (category_id, last_post_at DESC);
CREATE INDEX exchange_forum_topic_search_idx ON exchange_forum_topic USING gin (search);

CREATE TABLE exchange_forum_post (
  id                 uuid          PRIMARY KEY,
  topic_id           uuid          NOT NULL REFERENCES exchange_forum_topic (id) ON DELETE CASCADE,
  opening            boolean       NOT NULL DEFAULT false,
  author_id          uuid          NOT NULL,
  author_name        varchar(200)  NOT NULL,
  ibge_code          char(7)       REFERENCES tenant (ibge_code),
  body_markdown      text          NOT NULL,
  body_html          text          NOT NULL,  -- rendered and sanitised once (markdown.Markdown, OWASP)
  status             varchar(10)   NOT NULL DEFAULT 'VISIBLE' CHECK (status IN ('VISIBLE', 'HIDDEN', 'REMOVED')),
  moderation_reason  text,
  moderated_at       timestamptz,
  created_at         timestamptz   NOT NULL,
  version            integer       NOT NULL DEFAULT 0
);
CREATE INDEX exchange_forum_post_topic_idx ON exchange_forum_post (topic_id, created_at);
CREATE INDEX exchange_forum_post_status_idx ON exchange_forum_post (status) WHERE status = 'HIDDEN';

CREATE TABLE exchange_forum_report (
  post_id      uuid          NOT NULL REFERENCES exchange_forum_post (id) ON DELETE CASCADE,
  account_id   uuid          NOT NULL,
  reason       varchar(500)  NOT NULL DEFAULT '',
  reviewed     boolean       NOT NULL DEFAULT false,
  created_at   timestamptz   NOT NULL,
  PRIMARY KEY (post_id, account_id)
);

CREATE TABLE exchange_forum_follow (
  topic_id     uuid          NOT NULL REFERENCES exchange_forum_topic (id) ON DELETE CASCADE,
  account_id   uuid          NOT NULL,
  PRIMARY KEY (topic_id, account_id)
);

-- The categories the forum starts with (staff may add others).
INSERT INTO exchange_forum_category (id, name, description, position) VALUES
  ('6f0a3c1e-0001-4000-8000-000000000001', 'Gestão do SUAS', 'Planejamento, equipes, financiamento e vigilância socioassistencial.', 1),
  ('6f0a3c1e-0001-4000-8000-000000000002', 'Proteção social básica', 'CRAS, PAIF, SCFV e benefícios eventuais.', 2),
  ('6f0a3c1e-0001-4000-8000-000000000003', 'Proteção social especial', 'CREAS, PAEFI, acolhimento e Centro POP.', 3),
  ('6f0a3c1e-0001-4000-8000-000000000004', 'Controle social', 'Conselhos, conferências e participação dos usuários.', 4);

--changeset teia:exchange-0007
-- A person's secret address for the events feed (event.CalendarFeed): only its SHA-256 is kept, so
-- the address is shown once, when made; making a new one or revoking ends the old one.
CREATE TABLE exchange_calendar_token (
  account_id   uuid          PRIMARY KEY,
  token_hash   char(64)      NOT NULL UNIQUE,
  created_at   timestamptz   NOT NULL
);
