--liquibase formatted sql

--changeset teia:structure-entities-0003
-- The council's own number of an inscription (e.g. "12/2026"), published with the certificate,
-- so the entity shows "inscribed in the CMAS since ..., nº ...".
ALTER TABLE entity_inscription ADD COLUMN inscription_number varchar(40);
