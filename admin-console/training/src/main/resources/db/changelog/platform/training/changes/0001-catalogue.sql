--liquibase formatted sql

--changeset teia:training-0001
-- The association's course catalogue. Completion rule: a minimum share of attended sessions
-- (excused absences not counted) and, optionally, a passing grade (0 to 10).
CREATE TABLE training_course (
  id                  uuid          PRIMARY KEY,
  title               varchar(200)  NOT NULL,
  summary             varchar(4000) NOT NULL,
  audience            varchar(30)   NOT NULL,
  workload_hours      integer       NOT NULL CHECK (workload_hours BETWEEN 1 AND 1000),
  modality            varchar(20)   NOT NULL CHECK (modality IN ('IN_PERSON', 'DISTANCE', 'HYBRID')),
  topics              varchar(4000),
  prerequisites       varchar(2000),
  min_attendance_pct  integer       NOT NULL DEFAULT 75 CHECK (min_attendance_pct BETWEEN 1 AND 100),
  passing_grade       numeric(4,2)  CHECK (passing_grade BETWEEN 0 AND 10),
  active              boolean       NOT NULL DEFAULT true,
  version             integer       NOT NULL DEFAULT 0,
  created_at          timestamptz   NOT NULL DEFAULT now(),
  updated_at          timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX training_course_title_idx ON training_course (lower(title));

-- A class (turma) of a course: its place or link, instructor, capacity, enrolment window, an
-- optional cap of seats per municipality.
CREATE TABLE training_class (
  id                 uuid          PRIMARY KEY,
  course_id          uuid          NOT NULL REFERENCES training_course (id),
  name               varchar(120)  NOT NULL,
  place              varchar(500)  NOT NULL,
  instructor         varchar(200)  NOT NULL,
  capacity           integer       NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
  municipality_cap   integer       CHECK (municipality_cap >= 1),
  enrolment_opens    date          NOT NULL,
  enrolment_closes   date          NOT NULL CHECK (enrolment_closes >= enrolment_opens),
  cancelled          boolean       NOT NULL DEFAULT false,
  reminded_at        timestamptz,
  version            integer       NOT NULL DEFAULT 0,
  created_at         timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX training_class_course_idx ON training_class (course_id);

-- Who a class is open to: regions of the console's region sets and single municipalities. A class
-- with no row is open to every municipality.
CREATE TABLE training_class_opening (
  class_id   uuid     NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
  region_id  uuid     REFERENCES region (id) ON DELETE CASCADE,
  ibge_code  char(7)  CHECK (ibge_code ~ '^[0-9]{7}$'),
  CHECK ((region_id IS NULL) <> (ibge_code IS NULL))
);
CREATE UNIQUE INDEX training_class_opening_uq ON training_class_opening (class_id, coalesce(region_id::text, ibge_code));

CREATE TABLE training_session (
  id          uuid          PRIMARY KEY,
  class_id    uuid          NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
  held_on     date          NOT NULL,
  starts_at   time          NOT NULL,
  ends_at     time          NOT NULL CHECK (ends_at > starts_at),
  topic       varchar(300)
);
CREATE INDEX training_session_class_idx ON training_session (class_id, held_on);
