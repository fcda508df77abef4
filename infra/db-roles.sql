-- Teia's two database roles (ADR 0011). Run it as a superuser, connected to Teia's database:
--
--   psql -v ON_ERROR_STOP=1 -d teia -f infra/db-roles.sql \
--        -v owner=teia_owner -v owner_password="$OWNER_PASSWORD" \
--        -v app=teia_app -v app_password="$APP_PASSWORD"
--
-- then start Teia with spring.datasource.username/password = the application role and
-- teia.datasource.owner.username/password = the owner (README, "Database roles").
--   owner: creates and migrates the schemas (Liquibase, onboarding, migrate-all) and owns them;
--          not a superuser, may create schemas in this database only.
--   app:   what the running application connects as; Teia itself grants it SELECT, INSERT, UPDATE,
--          DELETE on the tables (audit_event: INSERT and SELECT only) as the owner builds them.
--          No superuser, no BYPASSRLS, no CREATE anywhere, member of no role.
-- Safe to run again: it sets the given passwords and changes nothing else that is already right.
-- The embedded PostgreSQL (platform/embedded-postgres) and the tests run this same script.
SELECT 'roles read' AS teia FROM (SELECT set_config('teia.owner', :'owner', false),
    set_config('teia.owner_password', :'owner_password', false), set_config('teia.app', :'app', false),
    set_config('teia.app_password', :'app_password', false)) AS settings;

DO $roles$
DECLARE
  owner text := current_setting('teia.owner');
  app text := current_setting('teia.app');
  granted record;
BEGIN
  IF owner = app THEN
    RAISE EXCEPTION 'the owner and the application role must be two roles (both are %)', owner;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner) THEN
    EXECUTE format('CREATE ROLE %I', owner);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
    EXECUTE format('CREATE ROLE %I', app);
  END IF;
  EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
      owner, current_setting('teia.owner_password'));
  EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD %L',
      app, current_setting('teia.app_password'));
  -- The application role belongs to no role: no SET ROLE to the owner, no pg_read_server_files.
  FOR granted IN SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
      WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = app) LOOP
    EXECUTE format('REVOKE %I FROM %I', granted.rolname, app);
  END LOOP;
  EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO %I', current_database(), owner);
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), app);
  -- Before PostgreSQL 15 every role may create tables in schema public.
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
  END IF;
END $roles$;

-- A database Teia used before the roles existed: the owner takes over Teia's schemas and everything
-- in them (REASSIGN OWNED cannot take objects from the bootstrap superuser). Tables carry their
-- indexes, triggers and identity sequences along.
DO $adopt$
DECLARE
  owner text := current_setting('teia.owner');
  owner_oid oid := (SELECT oid FROM pg_roles WHERE rolname = current_setting('teia.owner'));
  schemas oid[] := ARRAY(SELECT oid FROM pg_namespace
      WHERE nspname IN ('platform', 'teia_no_tenant', 'teia_template', 'teia_scratch') OR nspname ~ '^mun_[0-9]{7}$');
  item record;
BEGIN
  FOR item IN SELECT nspname FROM pg_namespace WHERE oid = ANY (schemas) AND nspowner <> owner_oid LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', item.nspname, owner);
  END LOOP;
  FOR item IN SELECT c.oid::regclass AS name,
        CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
          WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind
      FROM pg_class c
      WHERE c.relnamespace = ANY (schemas) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relowner <> owner_oid
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
          AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', item.kind, item.name, owner);
  END LOOP;
  FOR item IN SELECT p.oid::regprocedure AS name FROM pg_proc p
      WHERE p.pronamespace = ANY (schemas) AND p.proowner <> owner_oid LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %I', item.name, owner);
  END LOOP;
  FOR item IN SELECT t.oid::regtype AS name, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind
      FROM pg_type t
      WHERE t.typnamespace = ANY (schemas) AND t.typowner <> owner_oid AND t.typtype IN ('e', 'd', 'r')
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %I', item.kind, item.name, owner);
  END LOOP;
END $adopt$;

SELECT 'roles ready' AS teia FROM (SELECT set_config('teia.owner_password', '', false),
    set_config('teia.app_password', '', false)) AS settings;
