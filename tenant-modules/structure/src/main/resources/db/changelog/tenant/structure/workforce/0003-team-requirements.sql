--liquibase formatted sql

--changeset teia:structure-workforce-0003
-- The NOB-RH/SUAS (Resolução CNAS nº 269/2006) reference teams as data: one team_tier per unit
-- type and size of the team, and its team_requirement rows. Code reads these rows; no number of
-- the norm lives in Java.
--
-- team_tier:
--   capacity_up_to  the tier holds units whose capacity (families referenced by a CRAS, cases
--                   followed by a CREAS) is at most this; the last tier of a type takes the rest.
--                   A CRAS's tier follows ITS referenced families, not the municipality's size
--                   class: the NOB-RH table is headed by the size class but measured in families
--                   referenced, so a CRAS of 3,000 families in a Médio municipality needs the
--                   "up to 3,500" team. The size class only stands in when the capacity is missing.
--   repeats_every   requirements marked per_block are multiplied for every block of this many
--                   families ("a cada 5.000 famílias referenciadas"): 5,001 families = 2 blocks.
--   management_levels  CREAS: the managing body's nível de gestão (comma-separated) that picks
--                   this tier; when the level is not recorded, capacity_up_to picks it.
--   minimum_weekly_hours  a worker counts toward the team only from this many hours a week: the
--                   NOB-RH assumes full-time teams; 30 h is the legal full week of social workers
--                   (Lei nº 12.317/2010), the shortest full-time journey in a SUAS team.
-- team_requirement.slot (what kind of worker fills it; the rule for each is TeamSlot in Java):
--   COORDINATOR, SOCIAL_WORKER (assistente social), PSYCHOLOGIST, LAWYER, ADMIN_ASSISTANT,
--   HIGHER_LEVEL (any higher-level profession of SUAS reference teams, Resolução CNAS nº 17/2011;
--   preferred_profession makes it a recommendation), HIGHER_SUAS ("um profissional que compõe o
--   SUAS"), MID_LEVEL (técnico de nível médio), HIGHER_OR_MID (nível superior ou médio).
CREATE TABLE team_tier (
  code                  varchar(40)  PRIMARY KEY,
  unit_type             varchar(30)  NOT NULL,
  capacity_up_to        integer      CHECK (capacity_up_to > 0),
  repeats_every         integer      CHECK (repeats_every > 0),
  management_levels     varchar(40),
  minimum_weekly_hours  integer      NOT NULL CHECK (minimum_weekly_hours BETWEEN 1 AND 60),
  source                varchar(300) NOT NULL,
  position              integer      NOT NULL UNIQUE
);
CREATE TABLE team_requirement (
  tier_code             varchar(40)  NOT NULL REFERENCES team_tier (code),
  position              integer      NOT NULL,
  slot                  varchar(30)  NOT NULL CHECK (slot IN ('COORDINATOR', 'SOCIAL_WORKER', 'PSYCHOLOGIST',
                          'LAWYER', 'ADMIN_ASSISTANT', 'HIGHER_LEVEL', 'HIGHER_SUAS', 'MID_LEVEL', 'HIGHER_OR_MID')),
  quantity              integer      NOT NULL CHECK (quantity > 0),
  preferred_profession  varchar(40),
  per_block             boolean      NOT NULL DEFAULT true,
  PRIMARY KEY (tier_code, position)
);
-- Minimum number of CRAS and the families each references, by size class (NOB-SUAS 2005, item
-- 2.4, níveis de gestão, repeated by the NOB-RH/SUAS).
CREATE TABLE minimum_cras (
  size_class         varchar(20)  PRIMARY KEY CHECK (size_class IN ('PEQUENO_I', 'PEQUENO_II', 'MEDIO', 'GRANDE', 'METROPOLE')),
  minimum_cras       integer      NOT NULL CHECK (minimum_cras > 0),
  families_per_cras  integer      NOT NULL CHECK (families_per_cras > 0),
  source             varchar(300) NOT NULL
);

--changeset teia:structure-workforce-0004
INSERT INTO team_tier (code, unit_type, capacity_up_to, repeats_every, management_levels, minimum_weekly_hours, source, position) VALUES
  ('CRAS_ATE_2500', 'CRAS', 2500, NULL, NULL, 30, 'NOB-RH/SUAS, item IV: CRAS de até 2.500 famílias referenciadas (Pequeno Porte I)', 1),
  ('CRAS_ATE_3500', 'CRAS', 3500, NULL, NULL, 30, 'NOB-RH/SUAS, item IV: CRAS de até 3.500 famílias referenciadas (Pequeno Porte II)', 2),
  ('CRAS_CADA_5000', 'CRAS', 5000, 5000, NULL, 30, 'NOB-RH/SUAS, item IV: a cada 5.000 famílias referenciadas (Médio, Grande, Metrópole e DF)', 3),
  ('CREAS_GESTAO_INICIAL_BASICA', 'CREAS', 50, NULL, 'INICIAL,BASICA', 30, 'NOB-RH/SUAS, item IV: CREAS em município em gestão inicial e básica (capacidade de 50 casos)', 4),
  ('CREAS_GESTAO_PLENA', 'CREAS', 80, NULL, 'PLENA', 30, 'NOB-RH/SUAS, item IV: CREAS em município em gestão plena (capacidade de 80 casos)', 5),
  ('EQUIPE_VOLANTE', 'EQUIPE_VOLANTE', NULL, NULL, NULL, 30, 'Portaria MDS nº 303/2011: equipe volante da Proteção Social Básica', 6);

INSERT INTO team_requirement (tier_code, position, slot, quantity, preferred_profession, per_block) VALUES
  ('CRAS_ATE_2500', 1, 'COORDINATOR', 1, NULL, false),
  ('CRAS_ATE_2500', 2, 'SOCIAL_WORKER', 1, NULL, true),
  ('CRAS_ATE_2500', 3, 'HIGHER_LEVEL', 1, 'PSICOLOGO', true),
  ('CRAS_ATE_2500', 4, 'MID_LEVEL', 2, NULL, true),
  ('CRAS_ATE_3500', 1, 'COORDINATOR', 1, NULL, false),
  ('CRAS_ATE_3500', 2, 'SOCIAL_WORKER', 2, NULL, true),
  ('CRAS_ATE_3500', 3, 'PSYCHOLOGIST', 1, NULL, true),
  ('CRAS_ATE_3500', 4, 'MID_LEVEL', 3, NULL, true),
  ('CRAS_CADA_5000', 1, 'COORDINATOR', 1, NULL, false),
  ('CRAS_CADA_5000', 2, 'SOCIAL_WORKER', 2, NULL, true),
  ('CRAS_CADA_5000', 3, 'PSYCHOLOGIST', 1, NULL, true),
  ('CRAS_CADA_5000', 4, 'HIGHER_SUAS', 1, NULL, true),
  ('CRAS_CADA_5000', 5, 'MID_LEVEL', 4, NULL, true),
  ('CREAS_GESTAO_INICIAL_BASICA', 1, 'COORDINATOR', 1, NULL, false),
  ('CREAS_GESTAO_INICIAL_BASICA', 2, 'SOCIAL_WORKER', 1, NULL, true),
  ('CREAS_GESTAO_INICIAL_BASICA', 3, 'PSYCHOLOGIST', 1, NULL, true),
  ('CREAS_GESTAO_INICIAL_BASICA', 4, 'LAWYER', 1, NULL, true),
  ('CREAS_GESTAO_INICIAL_BASICA', 5, 'HIGHER_OR_MID', 2, NULL, true),
  ('CREAS_GESTAO_INICIAL_BASICA', 6, 'ADMIN_ASSISTANT', 1, NULL, true),
  ('CREAS_GESTAO_PLENA', 1, 'COORDINATOR', 1, NULL, false),
  ('CREAS_GESTAO_PLENA', 2, 'SOCIAL_WORKER', 2, NULL, true),
  ('CREAS_GESTAO_PLENA', 3, 'PSYCHOLOGIST', 2, NULL, true),
  ('CREAS_GESTAO_PLENA', 4, 'LAWYER', 1, NULL, true),
  ('CREAS_GESTAO_PLENA', 5, 'HIGHER_OR_MID', 4, NULL, true),
  ('CREAS_GESTAO_PLENA', 6, 'ADMIN_ASSISTANT', 2, NULL, true),
  ('EQUIPE_VOLANTE', 1, 'SOCIAL_WORKER', 1, NULL, true),
  ('EQUIPE_VOLANTE', 2, 'HIGHER_LEVEL', 1, 'PSICOLOGO', true),
  ('EQUIPE_VOLANTE', 3, 'MID_LEVEL', 2, NULL, true);

INSERT INTO minimum_cras (size_class, minimum_cras, families_per_cras, source) VALUES
  ('PEQUENO_I', 1, 2500, 'NOB-SUAS 2005: Pequeno Porte I, mínimo de 1 CRAS para até 2.500 famílias referenciadas'),
  ('PEQUENO_II', 1, 3500, 'NOB-SUAS 2005: Pequeno Porte II, mínimo de 1 CRAS para até 3.500 famílias referenciadas'),
  ('MEDIO', 2, 5000, 'NOB-SUAS 2005: Médio Porte, mínimo de 2 CRAS, cada um para até 5.000 famílias referenciadas'),
  ('GRANDE', 4, 5000, 'NOB-SUAS 2005: Grande Porte, mínimo de 4 CRAS, cada um para até 5.000 famílias referenciadas'),
  ('METROPOLE', 8, 5000, 'NOB-SUAS 2005: Metrópole, mínimo de 8 CRAS, cada um para até 5.000 famílias referenciadas');
