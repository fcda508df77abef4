--liquibase formatted sql

--changeset teia:platform-0040-database-servers
-- Which PostgreSQL server holds each municipality's schema (ADR 0024). The key names a server of the
-- configuration (teia.database.servers.<key>.*); 'main' is the server of the platform schema. The
-- table holds no URL and no secret. moving_to is set while an operator moves the municipality: its
-- schema is then read-only until the catalogue points at the new server.
ALTER TABLE tenant ADD COLUMN server_key varchar(40) NOT NULL DEFAULT 'main';
ALTER TABLE tenant ADD COLUMN moving_to varchar(40);
CREATE INDEX tenant_server_key ON tenant (server_key);
