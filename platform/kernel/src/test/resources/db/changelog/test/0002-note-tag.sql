--liquibase formatted sql

--changeset test:note-0003
ALTER TABLE note ADD COLUMN tag varchar(40);
CREATE TABLE note_tag (name varchar(40) PRIMARY KEY);
