--liquibase formatted sql

--changeset teia:fund-0008
-- MROSC partnerships (Lei 13.019/2014) of the fund with social-assistance entities, and the entities'
-- CMAS inscription as the council publishes it (council.api EntityInscriptionChanged): a partnership is
-- signed only with an inscribed entity, and a transfer to an entity needs a partnership in force.
CREATE TABLE fund_entity_inscription (
  entity_cnpj         varchar(14)  PRIMARY KEY CHECK (entity_cnpj ~ '^[0-9]{14}$'),
  status              varchar(20)  NOT NULL,
  changed_on          date         NOT NULL,
  inscription_number  varchar(30)
);

CREATE TABLE fund_partnership (
  id           uuid           PRIMARY KEY,
  number       varchar(30)    NOT NULL UNIQUE,
  kind         varchar(20)    NOT NULL CHECK (kind IN ('COLLABORATION', 'PROMOTION', 'COOPERATION')),
  entity_cnpj  varchar(14)    NOT NULL CHECK (entity_cnpj ~ '^[0-9]{14}$'),
  entity_name  varchar(200)   NOT NULL,
  object       varchar(500)   NOT NULL,
  work_plan    text           NOT NULL,
  starts_on    date           NOT NULL,
  ends_on      date           NOT NULL CHECK (ends_on >= starts_on),
  total        numeric(15,2)  NOT NULL CHECK (total >= 0),
  created_at   timestamptz    NOT NULL,
  version      integer        NOT NULL DEFAULT 0
);

CREATE TABLE fund_partnership_instalment (
  partnership_id  uuid           NOT NULL REFERENCES fund_partnership (id),
  position        integer        NOT NULL,
  due_on          date           NOT NULL,
  amount          numeric(15,2)  NOT NULL CHECK (amount > 0),
  PRIMARY KEY (partnership_id, position)
);

-- The entity's accountability (prestação de contas): a yearly one for each full year of a long
-- partnership, the final one after the end; delivered and reviewed dates as the manager records them.
CREATE TABLE fund_partnership_accountability (
  partnership_id  uuid     NOT NULL REFERENCES fund_partnership (id),
  position        integer  NOT NULL,
  period_end      date     NOT NULL,
  final_report    boolean  NOT NULL,
  extended        boolean  NOT NULL DEFAULT false,
  delivered_on    date,
  reviewed_on     date     CHECK (reviewed_on IS NULL OR delivered_on IS NOT NULL),
  PRIMARY KEY (partnership_id, position)
);
