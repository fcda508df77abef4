--liquibase formatted sql
-- Synthetic module "benefits" (benchmark only).

--changeset teia-bench:benefits-0001
CREATE TABLE benefit_type (
  id uuid PRIMARY KEY,
  code varchar(20) NOT NULL,
  name varchar(160) NOT NULL,
  kind varchar(20) NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT benefit_type_ck1 CHECK (kind IN ('NATALIDADE', 'FUNERAL', 'VULNERABILIDADE', 'CALAMIDADE'))
);
CREATE UNIQUE INDEX benefit_type_code_uq ON benefit_type (code);

CREATE TABLE benefit_rule (
  id uuid PRIMARY KEY,
  benefit_type_id uuid NOT NULL,
  resolution_reference varchar(60),
  income_limit numeric(12,2),
  max_value numeric(12,2),
  max_per_year integer,
  valid_from date NOT NULL,
  valid_to date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT benefit_rule_benefit_type_fk FOREIGN KEY (benefit_type_id) REFERENCES benefit_type (id)
);

--changeset teia-bench:benefits-0002
CREATE TABLE benefit_request (
  id uuid PRIMARY KEY,
  benefit_type_id uuid NOT NULL,
  protocol varchar(30) NOT NULL,
  applicant_name varchar(160) NOT NULL,
  applicant_cpf varchar(11),
  nis varchar(11),
  requested_on date NOT NULL,
  unit_name varchar(160),
  status varchar(20) NOT NULL,
  family_income numeric(12,2),
  situation text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT benefit_request_benefit_type_fk FOREIGN KEY (benefit_type_id) REFERENCES benefit_type (id)
);
CREATE UNIQUE INDEX benefit_request_protocol_uq ON benefit_request (protocol);
CREATE INDEX benefit_request_applicant_cpf_ix ON benefit_request (applicant_cpf);
CREATE INDEX benefit_request_nis_ix ON benefit_request (nis);
CREATE INDEX benefit_request_status_requested_on_ix ON benefit_request (status, requested_on);

CREATE TABLE request_member (
  id uuid PRIMARY KEY,
  benefit_request_id uuid NOT NULL,
  full_name varchar(160) NOT NULL,
  birth_date date,
  kinship varchar(40),
  income numeric(12,2),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT request_member_benefit_request_fk FOREIGN KEY (benefit_request_id) REFERENCES benefit_request (id)
);
CREATE INDEX request_member_benefit_request_id_ix ON request_member (benefit_request_id);

--changeset teia-bench:benefits-0003
CREATE TABLE request_document (
  id uuid PRIMARY KEY,
  benefit_request_id uuid NOT NULL,
  kind varchar(40) NOT NULL,
  file_key varchar(200) NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT request_document_benefit_request_fk FOREIGN KEY (benefit_request_id) REFERENCES benefit_request (id)
);

CREATE TABLE request_decision (
  id uuid PRIMARY KEY,
  benefit_request_id uuid NOT NULL,
  decided_on date NOT NULL,
  granted boolean NOT NULL,
  technician varchar(160),
  opinion text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT request_decision_benefit_request_fk FOREIGN KEY (benefit_request_id) REFERENCES benefit_request (id)
);
CREATE UNIQUE INDEX request_decision_benefit_request_id_uq ON request_decision (benefit_request_id);

--changeset teia-bench:benefits-0004
CREATE TABLE benefit_grant (
  id uuid PRIMARY KEY,
  benefit_request_id uuid NOT NULL,
  benefit_rule_id uuid,
  amount numeric(12,2) NOT NULL,
  granted_on date NOT NULL,
  form varchar(20) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT benefit_grant_benefit_request_fk FOREIGN KEY (benefit_request_id) REFERENCES benefit_request (id),
  CONSTRAINT benefit_grant_benefit_rule_fk FOREIGN KEY (benefit_rule_id) REFERENCES benefit_rule (id),
  CONSTRAINT benefit_grant_ck1 CHECK (amount > 0)
);

CREATE TABLE grant_delivery (
  id uuid PRIMARY KEY,
  benefit_grant_id uuid NOT NULL,
  delivered_on date NOT NULL,
  receipt_key varchar(200),
  received_by varchar(160),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT grant_delivery_benefit_grant_fk FOREIGN KEY (benefit_grant_id) REFERENCES benefit_grant (id)
);
