package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.TenantId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The role the running application signs in as (ADR 0011): it may read and write rows, and nothing
 * else. On start it is checked (no superuser, no BYPASSRLS, no CREATE, member of no role, owner of
 * nothing, not the owner role) and Teia refuses to start otherwise. What the owner grants it (run by
 * {@link SchemaScripts}): DML on the platform tables except the audit log, where it may only INSERT
 * and SELECT; DML (and TRUNCATE) on each tenant schema's tables, as default privileges of the schema
 * set in the same transaction that builds or migrates it (before its tables); nothing on Liquibase's
 * own tables or on the template.
 */
@Component
public class ApplicationRole {

  /** The append-only audit log, a table of the platform schema. */
  static final String AUDIT_TABLE = "audit_event";
  /** Liquibase's bookkeeping (databasechangelog, databasechangeloglock): the owner's alone. */
  static final String LIQUIBASE_TABLES = "databasechangelog";

  private final String name;

  public ApplicationRole(DataSource application,
      @Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner) {
    this.name = currentUser(application);
    List<String> problems = new ArrayList<>(problems(application));
    String ownerName = currentUser(owner);
    if (ownerName.equals(name)) {
      problems.add("it is also the owner role (teia.datasource.owner.username)");
    } else {
      problems.addAll(ownerProblems(owner));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Teia refuses to connect to PostgreSQL as role " + name + ": "
          + String.join("; ", problems) + ". Create an owner and an application role with infra/db-roles.sql "
          + "and set spring.datasource.username to the application role, teia.datasource.owner.username to "
          + "the owner (README, \"Database roles\").");
    }
  }

  /** The application role's name, as PostgreSQL knows it. */
  public String name() {
    return name;
  }

  /**
   * What {@link #problems} asks, run at every start. The tables the role owns are found through the
   * role's entries in pg_shdepend (an index on the role: its ownerships and the grants it holds, about
   * 65 per tenant), not by a scan of pg_class, which holds every tenant's relations (210,000 rows
   * with 853 tenants, 1.4 million with 5,570): 1,700 pages read instead of 7,800 at 853 tenants
   * (docs/benchmarks/start.md).
   */
  static final String PROBLEMS = """
            SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, r.rolreplication,
              has_database_privilege(current_database(), 'CREATE') AS creates_schemas,
              (SELECT string_agg(g.rolname, ', ' ORDER BY g.rolname) FROM pg_roles g
                WHERE g.oid <> r.oid AND pg_has_role(r.oid, g.oid, 'MEMBER')) AS member_of,
              (SELECT string_agg(n.nspname, ', ' ORDER BY n.nspname) FROM pg_namespace n
                WHERE n.nspowner = r.oid) AS owns_schemas,
              EXISTS (SELECT 1 FROM pg_shdepend d JOIN pg_class c ON c.oid = d.objid
                WHERE d.refclassid = 'pg_authid'::regclass AND d.refobjid = r.oid AND d.deptype = 'o'
                  AND d.classid = 'pg_class'::regclass
                  AND d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND c.relpersistence <> 't') AS owns_tables,
              (SELECT string_agg(n.nspname, ', ' ORDER BY n.nspname) FROM pg_namespace n
                WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
                  AND has_schema_privilege(r.oid, n.oid, 'CREATE')) AS creates_in
            FROM pg_roles r WHERE r.rolname = current_user""";

  /** What the role may do that the application role must not; empty when it is least-privileged. */
  public static List<String> problems(DataSource dataSource) {
    List<String> problems = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(PROBLEMS)) {
      rs.next();
      flag(problems, rs.getBoolean("rolsuper"), "it is a superuser");
      flag(problems, rs.getBoolean("rolbypassrls"), "it bypasses row-level security (BYPASSRLS)");
      flag(problems, rs.getBoolean("rolcreaterole"), "it may create roles (CREATEROLE)");
      flag(problems, rs.getBoolean("rolcreatedb"), "it may create databases (CREATEDB)");
      flag(problems, rs.getBoolean("rolreplication"), "it may replicate (REPLICATION)");
      flag(problems, rs.getBoolean("creates_schemas"), "it may create schemas (CREATE on the database)");
      flag(problems, rs.getString("member_of") != null, "it is a member of " + rs.getString("member_of"));
      flag(problems, rs.getString("owns_schemas") != null, "it owns schemas " + rs.getString("owns_schemas"));
      flag(problems, rs.getBoolean("owns_tables"), "it owns tables");
      flag(problems, rs.getString("creates_in") != null, "it may create objects in schemas " + rs.getString("creates_in"));
    } catch (SQLException e) {
      throw new TenantMigrationException("cannot read the privileges of the application role: " + e.getMessage(), e);
    }
    return problems;
  }

  private static List<String> ownerProblems(DataSource owner) {
    List<String> problems = new ArrayList<>();
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
      rs.next();
      flag(problems, rs.getBoolean(1), "its owner role (teia.datasource.owner.username) is a superuser");
      flag(problems, rs.getBoolean(2), "its owner role bypasses row-level security (BYPASSRLS)");
    } catch (SQLException e) {
      throw new TenantMigrationException("cannot read the privileges of the owner role: " + e.getMessage(), e);
    }
    return problems;
  }

  private static void flag(List<String> problems, boolean wrong, String problem) {
    if (wrong) {
      problems.add(problem);
    }
  }

  /**
   * The grants of the platform schema, run by the owner after every platform migration (in one
   * transaction: the audit log is never, even for a moment, writable by the application role): DML
   * on every table, INSERT and SELECT only on the audit log, nothing on Liquibase's tables; and USAGE
   * of the empty schema idle connections point at (without it {@code current_schema()} reads null).
   * The schema's tables and sequences are found through pg_depend (an index on the schema) and
   * granted by name: {@code GRANT ... ON ALL TABLES IN SCHEMA} scans the whole of pg_class, every
   * tenant's relations, at every start (docs/benchmarks/start.md).
   */
  public String platformGrants(String schema) {
    String role = quoted(name);
    return "GRANT USAGE ON SCHEMA " + schema + ", " + SchemaPerTenantConnectionProvider.NO_TENANT + " TO " + role
        + "; " + grantEachRelation(schema, "'r', 'p', 'v', 'm', 'f'", "SELECT, INSERT, UPDATE, DELETE ON TABLE", role)
        + "; REVOKE UPDATE, DELETE, TRUNCATE ON " + schema + "." + AUDIT_TABLE + " FROM " + role
        + "; REVOKE ALL ON " + schema + ".databasechangelog, " + schema + ".databasechangeloglock FROM " + role
        + "; " + grantEachRelation(schema, "'S'", "USAGE, SELECT ON SEQUENCE", role);
  }

  /** One GRANT naming every relation of these kinds in the schema (none: no statement), as ON ALL ... IN SCHEMA would. */
  private static String grantEachRelation(String schema, String relkinds, String privileges, String role) {
    return """
        DO $grant$ DECLARE relations text; BEGIN
          SELECT string_agg(format('%%I.%%I', '%1$s', c.relname), ', ') INTO relations
            FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
            WHERE d.refclassid = 'pg_namespace'::regclass AND d.refobjid = '%1$s'::regnamespace
              AND d.classid = 'pg_class'::regclass AND d.deptype = 'n' AND c.relkind IN (%2$s);
          IF relations IS NOT NULL THEN
            EXECUTE 'GRANT %3$s ' || relations || ' TO %4$s';
          END IF;
        END $grant$""".formatted(schema, relkinds, privileges, role.replace("'", "''"));
  }

  /**
   * The default privileges of a tenant schema (ADR 0011), set in the transaction that builds or
   * migrates it, before its changesets run: every table and sequence the owner creates there from
   * then on is granted to the application role as it is created. TRUNCATE is no more than the DELETE
   * the role has there (no tenant table has row triggers) and lets fixtures reset a tenant's tables.
   * Unlike {@code GRANT ... ON ALL TABLES IN SCHEMA}, which PostgreSQL runs as a scan of the whole of
   * pg_class (1.37 million rows with 5,570 tenants), this touches only the schema's pg_default_acl
   * rows, whatever the number of tenants; and it is idempotent, so schemas built before it get it at
   * their next migration. {@code FOR ROLE CURRENT_USER}: default privileges apply only to objects
   * created by that role, and the role running this statement is the one running the changesets.
   */
  public static String tenantDefaults(String schema, String applicationRole) {
    requireTenantSchema(schema);
    String role = quoted(applicationRole);
    return "ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA " + schema
        + " GRANT " + TENANT_TABLE_PRIVILEGES + " ON TABLES TO " + role
        + "; ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER IN SCHEMA " + schema
        + " GRANT " + TENANT_SEQUENCE_PRIVILEGES + " ON SEQUENCES TO " + role;
  }

  /**
   * What follows a tenant schema's changesets, in the same transaction: USAGE of the schema, and
   * Liquibase's tables, which the default privileges granted as they were created, taken back by
   * name (index lookups), so they are never, even for a moment, the application role's.
   */
  public static String tenantAccess(String schema, String applicationRole) {
    requireTenantSchema(schema);
    String role = quoted(applicationRole);
    return "GRANT USAGE ON SCHEMA " + schema + " TO " + role
        + "; REVOKE ALL ON " + schema + ".databasechangelog, " + schema + ".databasechangeloglock FROM " + role;
  }

  /**
   * Grants on tables and sequences that already exist, named one by one (index lookups, no scan of
   * pg_class): for a schema whose grants were lost, or one built without default privileges.
   */
  public static String tenantGrantsOn(String schema, String applicationRole, Collection<String> tables,
      Collection<String> sequences) {
    requireTenantSchema(schema);
    String role = quoted(applicationRole);
    StringBuilder sql = new StringBuilder();
    List<String> named = tables.stream().filter(t -> !isLiquibaseTable(t)).map(t -> qualified(schema, t)).toList();
    if (!named.isEmpty()) {
      sql.append("GRANT ").append(TENANT_TABLE_PRIVILEGES).append(" ON TABLE ").append(String.join(", ", named))
          .append(" TO ").append(role).append("; ");
    }
    if (!sequences.isEmpty()) {
      sql.append("GRANT ").append(TENANT_SEQUENCE_PRIVILEGES).append(" ON SEQUENCE ")
          .append(String.join(", ", sequences.stream().map(q -> qualified(schema, q)).toList()))
          .append(" TO ").append(role).append("; ");
    }
    return sql.toString();
  }

  /** What the application role may do with a tenant table. */
  static final String TENANT_TABLE_PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, TRUNCATE";
  /** What the application role may do with a tenant sequence. */
  static final String TENANT_SEQUENCE_PRIVILEGES = "USAGE, SELECT";

  private static String qualified(String schema, String relation) {
    return schema + ".\"" + relation.replace("\"", "\"\"") + "\"";
  }

  /** The query listing tenant schemas the application role cannot use at all (no USAGE); parameter: the role. */
  static final String UNGRANTED_TENANT_SCHEMAS = """
      SELECT nspname FROM pg_namespace WHERE nspname ~ '^mun_[0-9]{7}$'
        AND NOT has_schema_privilege(?, oid, 'USAGE') ORDER BY nspname""";

  /**
   * The query listing which of the given tables (parameters: table names, schema, role) the role
   * cannot read and write; tables that do not exist are left to the missing-tables check.
   */
  static final String UNGRANTED_TABLES = """
      SELECT t.name FROM unnest(?::text[]) AS t(name)
        CROSS JOIN LATERAL (SELECT to_regclass(format('%I.%I', ?::text, t.name)) AS rel, ?::text AS role) x
      WHERE x.rel IS NOT NULL
        AND NOT (has_table_privilege(x.role, x.rel, 'SELECT') AND has_table_privilege(x.role, x.rel, 'INSERT')
          AND has_table_privilege(x.role, x.rel, 'UPDATE') AND has_table_privilege(x.role, x.rel, 'DELETE'))""";

  /** Liquibase's own tables are never the application role's. */
  static boolean isLiquibaseTable(String table) {
    return table.startsWith(LIQUIBASE_TABLES);
  }

  private static void requireTenantSchema(String schema) {
    if (!TenantId.isTenantSchema(schema)) {
      throw new IllegalArgumentException("not a tenant schema: " + schema);
    }
  }

  /** A role name as an SQL identifier. */
  static String quoted(String role) {
    return "\"" + role.replace("\"", "\"\"") + "\"";
  }

  private static String currentUser(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_user")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new TenantMigrationException("cannot connect to PostgreSQL: " + e.getMessage(), e);
    }
  }
}
