--liquibase formatted sql

--changeset teia:council-0010
-- Appreciation subjects now name only modules that exist; a proposal filed under a subject of a
-- module still to be built (fund report, municipal plan, benefit criteria) reads as "other".
UPDATE council_proposal SET subject = 'OTHER' WHERE subject IN ('FUND_REPORT', 'MUNICIPAL_PLAN', 'BENEFIT_CRITERIA');
