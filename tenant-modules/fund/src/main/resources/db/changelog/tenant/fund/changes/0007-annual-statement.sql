--liquibase formatted sql

--changeset teia:fund-0007
-- The annual demonstrativo of the fund (issue 10): one per year, prepared by the fund's manager,
-- finalised (its figures copied from the ledger then, never changed after), sent to the council for its
-- opinion; the council's opinion and resolution number come back through council.api.
CREATE TABLE fund_annual_statement (
  year               integer      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  status             varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'FINAL', 'SENT', 'APPRECIATED')),
  notes              varchar(4000),
  prepared_at        timestamptz  NOT NULL,
  finalised_on       date,
  sent_on            date,
  council            varchar(20),
  approved           boolean,
  votes_for          integer,
  votes_against      integer,
  abstentions        integer,
  meeting_date       date,
  resolution_number  varchar(20),
  resolution_title   varchar(300),
  opinion            text,
  appreciated_on     date,
  version            integer      NOT NULL DEFAULT 0,
  CHECK (status = 'DRAFT' OR finalised_on IS NOT NULL),
  CHECK (status NOT IN ('SENT', 'APPRECIATED') OR sent_on IS NOT NULL),
  CHECK (status <> 'APPRECIATED' OR resolution_number IS NOT NULL)
);

-- The figures per block as they stood when the manager finalised the demonstrativo.
CREATE TABLE fund_annual_statement_line (
  year        integer        NOT NULL,
  position    integer        NOT NULL,
  block_code  varchar(20)    NOT NULL,
  block_name  varchar(200)   NOT NULL,
  opening     numeric(15,2)  NOT NULL,
  received    numeric(15,2)  NOT NULL,
  committed   numeric(15,2)  NOT NULL,
  liquidated  numeric(15,2)  NOT NULL,
  paid        numeric(15,2)  NOT NULL,
  closing     numeric(15,2)  NOT NULL,
  PRIMARY KEY (year, position),
  FOREIGN KEY (year) REFERENCES fund_annual_statement (year)
);

-- Deadlines as data per year, like the control parameters: a new date set by the SNAS for a year is a new
-- Liquibase change updating that year's row, never a code change. Default: the manager fills the Demonstrativo
-- Sintético Anual by 30 April of the following year, the council gives its opinion by 31 May.
CREATE TABLE fund_statement_deadline (
  year         integer       PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  send_by      date          NOT NULL,
  opinion_by   date          NOT NULL CHECK (opinion_by >= send_by),
  legal_basis  varchar(300)  NOT NULL
);

INSERT INTO fund_statement_deadline (year, send_by, opinion_by, legal_basis)
SELECT y, make_date(y + 1, 4, 30), make_date(y + 1, 5, 31),
       'Demonstrativo Sintético Anual de Execução Físico-Financeira do SUAS: gestor até 30/04 e conselho até 31/05 do ano seguinte (Portaria MDS nº 113/2015; prazos da SNAS para o exercício)'
FROM generate_series(2016, 2030) AS y;
