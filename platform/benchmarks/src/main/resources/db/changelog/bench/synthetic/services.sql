--liquibase formatted sql
-- Synthetic module "services" (benchmark only).

--changeset teia-bench:services-0001
CREATE TABLE service_charter (
  id uuid PRIMARY KEY,
  title varchar(200) NOT NULL,
  published_on date,
  revision integer NOT NULL DEFAULT 1,
  text text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);

CREATE TABLE service_offer (
  id uuid PRIMARY KEY,
  service_charter_id uuid NOT NULL,
  name varchar(200) NOT NULL,
  audience text,
  requirements text,
  deadline_days integer,
  channel varchar(40),
  online boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT service_offer_service_charter_fk FOREIGN KEY (service_charter_id) REFERENCES service_charter (id)
);
CREATE INDEX service_offer_service_charter_id_ix ON service_offer (service_charter_id);

--changeset teia-bench:services-0002
CREATE TABLE citizen_request (
  id uuid PRIMARY KEY,
  service_offer_id uuid NOT NULL,
  protocol varchar(30) NOT NULL,
  requester_name varchar(160) NOT NULL,
  requester_cpf varchar(11),
  email varchar(120),
  phone varchar(20),
  opened_at timestamptz NOT NULL DEFAULT now(),
  stage varchar(30) NOT NULL,
  due_on date,
  closed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT citizen_request_service_offer_fk FOREIGN KEY (service_offer_id) REFERENCES service_offer (id)
);
CREATE UNIQUE INDEX citizen_request_protocol_uq ON citizen_request (protocol);
CREATE INDEX citizen_request_stage_ix ON citizen_request (stage);
CREATE INDEX citizen_request_requester_cpf_ix ON citizen_request (requester_cpf);
CREATE INDEX citizen_request_opened_at_ix ON citizen_request (opened_at);

CREATE TABLE request_stage (
  id uuid PRIMARY KEY,
  citizen_request_id uuid NOT NULL,
  stage varchar(30) NOT NULL,
  entered_at timestamptz NOT NULL,
  by_user varchar(120),
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT request_stage_citizen_request_fk FOREIGN KEY (citizen_request_id) REFERENCES citizen_request (id)
);
CREATE INDEX request_stage_citizen_request_id_ix ON request_stage (citizen_request_id);

CREATE TABLE service_offer_unit (
  id uuid PRIMARY KEY,
  service_offer_id uuid NOT NULL,
  unit_id uuid NOT NULL,
  opening_hours varchar(120),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT service_offer_unit_service_offer_fk FOREIGN KEY (service_offer_id) REFERENCES service_offer (id),
  CONSTRAINT service_offer_unit_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE UNIQUE INDEX service_offer_unit_service_offer_id_unit_id_uq ON service_offer_unit (service_offer_id, unit_id);

--changeset teia-bench:services-0003
CREATE TABLE satisfaction_survey (
  id uuid PRIMARY KEY,
  citizen_request_id uuid NOT NULL,
  score smallint NOT NULL,
  comment text,
  answered_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT satisfaction_survey_citizen_request_fk FOREIGN KEY (citizen_request_id) REFERENCES citizen_request (id),
  CONSTRAINT satisfaction_survey_ck1 CHECK (score BETWEEN 1 AND 5)
);

CREATE TABLE ombudsman_case (
  id uuid PRIMARY KEY,
  protocol varchar(30) NOT NULL,
  kind varchar(20) NOT NULL,
  subject varchar(300) NOT NULL,
  text text NOT NULL,
  anonymous boolean NOT NULL DEFAULT false,
  requester_email varchar(120),
  status varchar(20) NOT NULL,
  opened_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ombudsman_case_protocol_uq ON ombudsman_case (protocol);
CREATE INDEX ombudsman_case_status_ix ON ombudsman_case (status);

CREATE TABLE ombudsman_reply (
  id uuid PRIMARY KEY,
  ombudsman_case_id uuid NOT NULL,
  replied_at timestamptz NOT NULL,
  text text NOT NULL,
  final boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT ombudsman_reply_ombudsman_case_fk FOREIGN KEY (ombudsman_case_id) REFERENCES ombudsman_case (id)
);

--changeset teia-bench:services-0004
CREATE TABLE lgpd_request (
  id uuid PRIMARY KEY,
  protocol varchar(30) NOT NULL,
  kind varchar(30) NOT NULL,
  subject_cpf varchar(11) NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  answered_at timestamptz,
  status varchar(20) NOT NULL,
  answer text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX lgpd_request_protocol_uq ON lgpd_request (protocol);
CREATE INDEX lgpd_request_subject_cpf_ix ON lgpd_request (subject_cpf);

CREATE TABLE performance_panel (
  id uuid PRIMARY KEY,
  service_offer_id uuid NOT NULL,
  period varchar(7) NOT NULL,
  requests integer NOT NULL DEFAULT 0,
  closed_on_time integer NOT NULL DEFAULT 0,
  mean_days numeric(8,2),
  satisfaction numeric(4,2),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT performance_panel_service_offer_fk FOREIGN KEY (service_offer_id) REFERENCES service_offer (id)
);
CREATE UNIQUE INDEX performance_panel_service_offer_id_period_uq ON performance_panel (service_offer_id, period);
