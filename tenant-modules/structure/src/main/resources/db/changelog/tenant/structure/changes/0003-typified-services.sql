--liquibase formatted sql

--changeset teia:structure-0003
-- Tipificação Nacional dos Serviços Socioassistenciais (Resolução CNAS nº 109/2009): reference
-- rows with stable codes, and which unit types may offer each service (the law's rules as data).
CREATE TABLE typified_service (
  code              varchar(40)  PRIMARY KEY,
  name              varchar(200) NOT NULL,
  protection_level  varchar(20)  NOT NULL CHECK (protection_level IN ('BASIC', 'SPECIAL_MEDIUM', 'SPECIAL_HIGH')),
  position          integer      NOT NULL UNIQUE
);
CREATE TABLE typified_service_unit_type (
  service_code  varchar(40) NOT NULL REFERENCES typified_service (code),
  unit_type     varchar(30) NOT NULL,
  PRIMARY KEY (service_code, unit_type)
);

--changeset teia:structure-0004
INSERT INTO typified_service (code, name, protection_level, position) VALUES
  ('PAIF', 'Serviço de Proteção e Atendimento Integral à Família (PAIF)', 'BASIC', 1),
  ('SCFV', 'Serviço de Convivência e Fortalecimento de Vínculos (SCFV)', 'BASIC', 2),
  ('PSB_DOMICILIO', 'Serviço de Proteção Social Básica no Domicílio para Pessoas com Deficiência e Idosas', 'BASIC', 3),
  ('PAEFI', 'Serviço de Proteção e Atendimento Especializado a Famílias e Indivíduos (PAEFI)', 'SPECIAL_MEDIUM', 4),
  ('ABORDAGEM_SOCIAL', 'Serviço Especializado em Abordagem Social', 'SPECIAL_MEDIUM', 5),
  ('MSE_MEIO_ABERTO', 'Serviço de Proteção Social a Adolescentes em Cumprimento de Medida Socioeducativa de Liberdade Assistida (LA) e de Prestação de Serviços à Comunidade (PSC)', 'SPECIAL_MEDIUM', 6),
  ('PSE_PCD_IDOSOS', 'Serviço de Proteção Social Especial para Pessoas com Deficiência, Idosas e suas Famílias', 'SPECIAL_MEDIUM', 7),
  ('POP_RUA', 'Serviço Especializado para Pessoas em Situação de Rua', 'SPECIAL_MEDIUM', 8),
  ('ACOLHIMENTO_INSTITUCIONAL', 'Serviço de Acolhimento Institucional', 'SPECIAL_HIGH', 9),
  ('ACOLHIMENTO_REPUBLICA', 'Serviço de Acolhimento em República', 'SPECIAL_HIGH', 10),
  ('FAMILIA_ACOLHEDORA', 'Serviço de Acolhimento em Família Acolhedora', 'SPECIAL_HIGH', 11),
  ('CALAMIDADES', 'Serviço de Proteção em Situações de Calamidades Públicas e de Emergências', 'SPECIAL_HIGH', 12);

-- Where each service may be offered. PAIF only in a CRAS, PAEFI only in a CREAS, the service for
-- homeless people only in a Centro POP (Tipificação, "unidade"); the rest as the Tipificação
-- names its units. Família acolhedora and calamidades have no unit of their own in the list and
-- are referenced to the special protection (CREAS) or, for calamities, to CRAS and CREAS.
INSERT INTO typified_service_unit_type (service_code, unit_type) VALUES
  ('PAIF', 'CRAS'),
  ('SCFV', 'CRAS'), ('SCFV', 'CENTRO_CONVIVENCIA'), ('SCFV', 'EQUIPE_VOLANTE'),
  ('PSB_DOMICILIO', 'CRAS'), ('PSB_DOMICILIO', 'EQUIPE_VOLANTE'),
  ('PAEFI', 'CREAS'),
  ('ABORDAGEM_SOCIAL', 'CREAS'), ('ABORDAGEM_SOCIAL', 'CENTRO_POP'),
  ('MSE_MEIO_ABERTO', 'CREAS'),
  ('PSE_PCD_IDOSOS', 'CREAS'), ('PSE_PCD_IDOSOS', 'CENTRO_DIA'),
  ('POP_RUA', 'CENTRO_POP'),
  ('ACOLHIMENTO_INSTITUCIONAL', 'ABRIGO_INSTITUCIONAL'), ('ACOLHIMENTO_INSTITUCIONAL', 'CASA_LAR'),
  ('ACOLHIMENTO_INSTITUCIONAL', 'CASA_DE_PASSAGEM'), ('ACOLHIMENTO_INSTITUCIONAL', 'RESIDENCIA_INCLUSIVA'),
  ('ACOLHIMENTO_REPUBLICA', 'REPUBLICA'),
  ('FAMILIA_ACOLHEDORA', 'CREAS'),
  ('CALAMIDADES', 'CRAS'), ('CALAMIDADES', 'CREAS');
