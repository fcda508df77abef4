--liquibase formatted sql

--changeset teia:platform-0035-disclosure-secret
-- The key of the comparisons' perturbation (ADR 0018): made once per deployment from PostgreSQL's
-- strong random source (gen_random_uuid), read by the console only, never shown. Changing it would
-- give every count a fresh perturbation (and let someone average the old and the new figures).
CREATE TABLE disclosure_secret (
  id      int   PRIMARY KEY CHECK (id = 1),
  secret  text  NOT NULL
);
INSERT INTO disclosure_secret (id, secret)
  VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
