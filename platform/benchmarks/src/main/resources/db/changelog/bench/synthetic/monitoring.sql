--liquibase formatted sql
-- Synthetic module "monitoring" (benchmark only).

--changeset teia-bench:monitoring-0001
CREATE TABLE municipal_plan (
  id uuid PRIMARY KEY,
  starts_year integer NOT NULL,
  ends_year integer NOT NULL,
  approved_on date,
  resolution_reference varchar(60),
  diagnosis text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT municipal_plan_ck1 CHECK (ends_year = starts_year + 3)
);

CREATE TABLE plan_goal (
  id uuid PRIMARY KEY,
  municipal_plan_id uuid NOT NULL,
  axis varchar(60) NOT NULL,
  description text NOT NULL,
  target numeric(12,2),
  unit_of_measure varchar(40),
  deadline_year integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT plan_goal_municipal_plan_fk FOREIGN KEY (municipal_plan_id) REFERENCES municipal_plan (id)
);
CREATE INDEX plan_goal_municipal_plan_id_ix ON plan_goal (municipal_plan_id);

--changeset teia-bench:monitoring-0002
CREATE TABLE goal_action (
  id uuid PRIMARY KEY,
  plan_goal_id uuid NOT NULL,
  description text NOT NULL,
  responsible varchar(160),
  budget numeric(14,2),
  status varchar(20) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT goal_action_plan_goal_fk FOREIGN KEY (plan_goal_id) REFERENCES plan_goal (id)
);

CREATE TABLE indicator (
  id uuid PRIMARY KEY,
  code varchar(30) NOT NULL,
  name varchar(200) NOT NULL,
  formula text,
  source varchar(60),
  periodicity varchar(20) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX indicator_code_uq ON indicator (code);

CREATE TABLE plan_revision (
  id uuid PRIMARY KEY,
  municipal_plan_id uuid NOT NULL,
  revised_on date NOT NULL,
  reason text,
  resolution_reference varchar(60),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT plan_revision_municipal_plan_fk FOREIGN KEY (municipal_plan_id) REFERENCES municipal_plan (id)
);

--changeset teia-bench:monitoring-0003
CREATE TABLE indicator_value (
  id uuid PRIMARY KEY,
  indicator_id uuid NOT NULL,
  period varchar(7) NOT NULL,
  unit_name varchar(160),
  value numeric(14,4) NOT NULL,
  informed_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT indicator_value_indicator_fk FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);
CREATE UNIQUE INDEX indicator_value_indicator_id_period_unit_name_uq ON indicator_value (indicator_id, period, unit_name);
CREATE INDEX indicator_value_period_ix ON indicator_value (period);

CREATE TABLE monthly_report (
  id uuid PRIMARY KEY,
  period varchar(7) NOT NULL,
  unit_name varchar(160) NOT NULL,
  status varchar(20) NOT NULL,
  sent_at timestamptz,
  families_followed integer,
  new_families integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX monthly_report_period_unit_name_uq ON monthly_report (period, unit_name);

CREATE TABLE report_section (
  id uuid PRIMARY KEY,
  monthly_report_id uuid NOT NULL,
  block varchar(10) NOT NULL,
  item varchar(20) NOT NULL,
  value integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT report_section_monthly_report_fk FOREIGN KEY (monthly_report_id) REFERENCES monthly_report (id)
);
CREATE INDEX report_section_monthly_report_id_ix ON report_section (monthly_report_id);

--changeset teia-bench:monitoring-0004
CREATE TABLE vigilance_alert (
  id uuid PRIMARY KEY,
  indicator_id uuid,
  raised_at timestamptz NOT NULL DEFAULT now(),
  severity varchar(10) NOT NULL,
  message text NOT NULL,
  acknowledged_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT vigilance_alert_indicator_fk FOREIGN KEY (indicator_id) REFERENCES indicator (id),
  CONSTRAINT vigilance_alert_ck1 CHECK (severity IN ('INFO', 'WARN', 'CRITICAL'))
);

CREATE TABLE attachment (
  id uuid PRIMARY KEY,
  owner_table varchar(60) NOT NULL,
  owner_id uuid NOT NULL,
  file_name varchar(200) NOT NULL,
  content_type varchar(100),
  size_bytes bigint,
  storage_key varchar(200) NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);
CREATE INDEX attachment_owner_table_owner_id_ix ON attachment (owner_table, owner_id);
