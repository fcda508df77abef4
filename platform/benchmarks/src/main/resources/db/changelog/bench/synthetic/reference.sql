--liquibase formatted sql
-- Reference data every new schema starts with (benchmark only).

--changeset teia-bench:reference-0001
INSERT INTO service_type (id, code, name, protection_level) VALUES
  ('00000000-0000-0000-0000-000000000001', 'PAIF', 'Serviço de Proteção e Atendimento Integral à Família', 'BASICA'),
  ('00000000-0000-0000-0000-000000000002', 'SCFV', 'Serviço de Convivência e Fortalecimento de Vínculos', 'BASICA'),
  ('00000000-0000-0000-0000-000000000003', 'PSB-DOM', 'Proteção Social Básica no Domicílio para Pessoas com Deficiência e Idosas', 'BASICA'),
  ('00000000-0000-0000-0000-000000000004', 'PAEFI', 'Serviço de Proteção e Atendimento Especializado a Famílias e Indivíduos', 'MEDIA'),
  ('00000000-0000-0000-0000-000000000005', 'SEAS', 'Serviço Especializado em Abordagem Social', 'MEDIA'),
  ('00000000-0000-0000-0000-000000000006', 'MSE', 'Medidas Socioeducativas em Meio Aberto (LA e PSC)', 'MEDIA'),
  ('00000000-0000-0000-0000-000000000007', 'PSE-PCD', 'Proteção Social Especial para Pessoas com Deficiência, Idosas e suas Famílias', 'MEDIA'),
  ('00000000-0000-0000-0000-000000000008', 'POP', 'Serviço Especializado para Pessoas em Situação de Rua', 'MEDIA'),
  ('00000000-0000-0000-0000-000000000009', 'SAI', 'Serviço de Acolhimento Institucional', 'ALTA'),
  ('00000000-0000-0000-0000-000000000010', 'SAR', 'Serviço de Acolhimento em República', 'ALTA'),
  ('00000000-0000-0000-0000-000000000011', 'SFA', 'Serviço de Acolhimento em Família Acolhedora', 'ALTA'),
  ('00000000-0000-0000-0000-000000000012', 'SPCE', 'Serviço de Proteção em Situações de Calamidades Públicas e de Emergências', 'ALTA');
INSERT INTO benefit_type (id, code, name, kind) VALUES
  ('00000000-0000-0000-0001-000000000001', 'NAT', 'Auxílio natalidade', 'NATALIDADE'),
  ('00000000-0000-0000-0001-000000000002', 'FUN', 'Auxílio funeral', 'FUNERAL'),
  ('00000000-0000-0000-0001-000000000003', 'VUL', 'Vulnerabilidade temporária', 'VULNERABILIDADE'),
  ('00000000-0000-0000-0001-000000000004', 'CAL', 'Calamidade pública', 'CALAMIDADE');
