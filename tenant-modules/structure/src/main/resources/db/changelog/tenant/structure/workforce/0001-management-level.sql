--liquibase formatted sql

--changeset teia:structure-workforce-0001
-- Nível de gestão do SUAS in which the municipality was habilitado (NOB-SUAS 2005: inicial,
-- básica, plena). The NOB-RH/SUAS sizes the CREAS team by it. Nullable: not every municipality
-- records it; the team check then falls back to the CREAS's capacity (see team_tier).
ALTER TABLE managing_body ADD COLUMN suas_management_level varchar(10)
  CHECK (suas_management_level IN ('INICIAL', 'BASICA', 'PLENA'));
