--liquibase formatted sql

--changeset teia:platform-0025
-- "Minha conta": the language a person chose for the interface (Brazilian Portuguese unless they
-- chose English; never the browser's), applied at sign-in and on the next page.
ALTER TABLE account ADD COLUMN language varchar(10) NOT NULL DEFAULT 'pt-BR'
  CHECK (language IN ('pt-BR', 'en'));

-- "Esqueci minha senha": one row per link mailed (kernel.account.PasswordResets). Only the
-- SHA-256 of the token is kept (the token itself is in the mail alone); a link is spent once
-- (used_at), expires, and a newer request of the same person deletes the older unspent ones.
CREATE TABLE password_reset (
  token_hash  char(64)     PRIMARY KEY,
  account_id  uuid         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  created_at  timestamptz  NOT NULL,
  expires_at  timestamptz  NOT NULL,
  used_at     timestamptz
);
CREATE INDEX password_reset_account_idx ON password_reset (account_id);
