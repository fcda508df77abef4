--liquibase formatted sql
-- Synthetic module "council" (benchmark only).

--changeset teia-bench:council-0001
CREATE TABLE council (
  id uuid PRIMARY KEY,
  name varchar(160) NOT NULL,
  law_number varchar(40),
  law_date date,
  bylaws text,
  seats integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0
);

CREATE TABLE mandate (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  president_name varchar(160),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT mandate_council_fk FOREIGN KEY (council_id) REFERENCES council (id),
  CONSTRAINT mandate_ck1 CHECK (ends_on > starts_on)
);

CREATE TABLE council_member (
  id uuid PRIMARY KEY,
  mandate_id uuid NOT NULL,
  full_name varchar(160) NOT NULL,
  cpf varchar(11),
  segment varchar(40) NOT NULL,
  seat varchar(20) NOT NULL,
  represented_body varchar(200),
  email varchar(120),
  phone varchar(20),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT council_member_mandate_fk FOREIGN KEY (mandate_id) REFERENCES mandate (id)
);
CREATE INDEX council_member_mandate_id_ix ON council_member (mandate_id);

--changeset teia-bench:council-0002
CREATE TABLE meeting (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL,
  kind varchar(20) NOT NULL,
  scheduled_at timestamptz NOT NULL,
  place varchar(200),
  agenda text,
  status varchar(20) NOT NULL DEFAULT 'SCHEDULED',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT meeting_council_fk FOREIGN KEY (council_id) REFERENCES council (id)
);
CREATE INDEX meeting_council_id_scheduled_at_ix ON meeting (council_id, scheduled_at);

CREATE TABLE meeting_attendance (
  id uuid PRIMARY KEY,
  meeting_id uuid NOT NULL,
  council_member_id uuid NOT NULL,
  present boolean NOT NULL,
  justification text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT meeting_attendance_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT meeting_attendance_council_member_fk FOREIGN KEY (council_member_id) REFERENCES council_member (id)
);
CREATE UNIQUE INDEX meeting_attendance_meeting_id_council_member_id_uq ON meeting_attendance (meeting_id, council_member_id);

CREATE TABLE minutes (
  id uuid PRIMARY KEY,
  meeting_id uuid NOT NULL,
  text text NOT NULL,
  approved_on date,
  file_key varchar(200),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT minutes_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);

--changeset teia-bench:council-0003
CREATE TABLE resolution (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL,
  meeting_id uuid,
  number integer NOT NULL,
  year integer NOT NULL,
  subject varchar(300) NOT NULL,
  text text,
  published_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT resolution_council_fk FOREIGN KEY (council_id) REFERENCES council (id),
  CONSTRAINT resolution_meeting_fk FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
CREATE UNIQUE INDEX resolution_council_id_year_number_uq ON resolution (council_id, year, number);

CREATE TABLE commission (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL,
  name varchar(160) NOT NULL,
  purpose text,
  permanent boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT commission_council_fk FOREIGN KEY (council_id) REFERENCES council (id)
);

CREATE TABLE commission_member (
  id uuid PRIMARY KEY,
  commission_id uuid NOT NULL,
  council_member_id uuid NOT NULL,
  coordinator boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT commission_member_commission_fk FOREIGN KEY (commission_id) REFERENCES commission (id),
  CONSTRAINT commission_member_council_member_fk FOREIGN KEY (council_member_id) REFERENCES council_member (id)
);

--changeset teia-bench:council-0004
CREATE TABLE entity_inscription (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL,
  entity_cnpj varchar(14) NOT NULL,
  entity_name varchar(200) NOT NULL,
  protocol varchar(30) NOT NULL,
  status varchar(20) NOT NULL,
  requested_on date NOT NULL,
  decided_on date,
  resolution_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT entity_inscription_council_fk FOREIGN KEY (council_id) REFERENCES council (id),
  CONSTRAINT entity_inscription_resolution_fk FOREIGN KEY (resolution_id) REFERENCES resolution (id)
);
CREATE UNIQUE INDEX entity_inscription_protocol_uq ON entity_inscription (protocol);
CREATE INDEX entity_inscription_entity_cnpj_ix ON entity_inscription (entity_cnpj);
CREATE INDEX entity_inscription_status_ix ON entity_inscription (status);

CREATE TABLE inscription_step (
  id uuid PRIMARY KEY,
  entity_inscription_id uuid NOT NULL,
  step smallint NOT NULL,
  done_on date,
  responsible varchar(160),
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT inscription_step_entity_inscription_fk FOREIGN KEY (entity_inscription_id) REFERENCES entity_inscription (id),
  CONSTRAINT inscription_step_ck1 CHECK (step BETWEEN 1 AND 7)
);

CREATE TABLE conference (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL,
  edition integer NOT NULL,
  theme varchar(300),
  held_on date,
  delegates integer,
  report text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT conference_council_fk FOREIGN KEY (council_id) REFERENCES council (id)
);

CREATE TABLE council_document (
  id uuid PRIMARY KEY,
  council_id uuid NOT NULL,
  kind varchar(30) NOT NULL,
  title varchar(300) NOT NULL,
  published_on date,
  file_key varchar(200),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 0,
  CONSTRAINT council_document_council_fk FOREIGN KEY (council_id) REFERENCES council (id)
);
CREATE INDEX council_document_council_id_kind_ix ON council_document (council_id, kind);
