package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.tenancy.MigrationReport;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantMigrations;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Crash safety of migrate-all: tenants on v1, then `migrate-all` of v2 in a child JVM, killed with
 * SIGKILL ({@link Process#destroyForcibly()}) while some tenants are migrated and others not. No
 * lock may be left behind, no schema may be half-migrated, and a rerun must finish the job with
 * every schema verified. Runs on a database of its own.
 */
class MigrateAllCrashIT {

  static final String V1 = "db/changelog/crash/crash-v1.yaml";
  static final String V2 = "db/changelog/crash/crash-v2.yaml";
  static final Set<String> V1_IDS = Set.of("crash-0001", "crash-0002");
  static final Set<String> V2_IDS = Set.of("crash-0001", "crash-0002", "crash-0003", "crash-0004", "crash-0005");
  static final String V2_VERSION = "5:crash-0005";
  static final int TENANTS = 40;
  /** Kill once this many tenants are migrated (each takes at least 0.25 s: see crash-0004). */
  static final int KILL_AFTER = 6;

  final TestPostgres.Database database = TestPostgres.get().createDatabase("teia_crash");

  @Test
  void migrate_all_killed_half_way_leaves_no_lock_and_no_half_schema_and_a_rerun_finishes() throws Exception {
    List<String> codes = new Municipalities().ofState("MG").stream().map(m -> m.id().ibgeCode())
        .limit(TENANTS).toList();
    try (var v1 = context(V1)) {
      assertThat(v1.getBean(TenantOnboarding.class).onboard(codes).onboarded()).hasSize(TENANTS);
    }
    try (Connection db = connect(); Statement st = db.createStatement()) {
      for (String code : codes) { // data that must survive the crash and the rerun
        st.execute("INSERT INTO mun_" + code + ".family (name) VALUES ('família de " + code + "')");
      }
    }

    Path log = Path.of("target", "migrate-all-crash-child.log");
    Process child = startMigrateAll(log);
    int migratedAtKill;
    try (Connection db = connect()) {
      // the child is a whole JVM and Spring start: on a busy machine that alone has taken over 90 s
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
      while (count(db, "SELECT count(*) FROM platform.tenant WHERE changelog_version = '" + V2_VERSION + "'") < KILL_AFTER) {
        assertThat(child.isAlive()).as("migrate-all ended before it could be killed; see %s", log).isTrue();
        assertThat(System.nanoTime()).as("migrate-all made no progress; see %s", log).isLessThan(deadline);
        Thread.sleep(20);
      }
      assertThat(count(db, advisoryLocks())).as("migrate-all holds its advisory lock while it runs").isPositive();
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      // The server notices the dead client; wait until none of the child's sessions is left.
      long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (count(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()") > 0) {
        assertThat(System.nanoTime()).as("sessions of the killed child still open").isLessThan(gone);
        Thread.sleep(50);
      }

      assertThat(count(db, advisoryLocks())).as("advisory locks left after the kill").isZero();
      assertThat(liquibaseLocksHeld(db)).as("schemas with a Liquibase lock row held").isEmpty();
      migratedAtKill = 0;
      for (String code : codes) {
        Set<String> applied = applied(db, "mun_" + code);
        // Each schema migrates in one transaction: all of v2 or none of it, never in between.
        assertThat(applied).as("changesets of mun_%s after the kill", code).isIn(V1_IDS, V2_IDS);
        assertThat(tableExists(db, "mun_" + code, "referral")).isEqualTo(applied.equals(V2_IDS));
        migratedAtKill += applied.equals(V2_IDS) ? 1 : 0;
      }
      System.out.printf("MigrateAllCrashIT: killed migrate-all with %d of %d tenants migrated%n", migratedAtKill, TENANTS);
      assertThat(migratedAtKill).as("the kill landed half-way").isBetween(KILL_AFTER, TENANTS - 1);
    } finally {
      child.destroyForcibly();
    }

    MigrationReport rerun;
    try (var v2 = context(V2)) {
      rerun = v2.getBean(TenantMigrations.class).migrateAll();
    }
    assertThat(rerun.failed()).isEmpty();
    assertThat(rerun.allOk()).isTrue();
    assertThat(rerun.tenants()).isEqualTo(TENANTS);
    assertThat(rerun.verified()).isEqualTo(TENANTS);
    assertThat(rerun.alreadyCurrent()).isEqualTo(migratedAtKill);
    assertThat(rerun.migrated()).isEqualTo(TENANTS - migratedAtKill);
    try (Connection db = connect()) {
      for (String code : codes) {
        String schema = "mun_" + code;
        assertThat(applied(db, schema)).as("changesets of %s", schema).isEqualTo(V2_IDS);
        assertThat(tableExists(db, schema, "referral")).isTrue();
        assertThat(count(db, "SELECT count(*) FROM " + schema + ".family")).isEqualTo(1);
      }
      assertThat(count(db, "SELECT count(*) FROM platform.tenant WHERE status = 'ACTIVE' AND changelog_version = '"
          + V2_VERSION + "'")).isEqualTo(TENANTS);
      assertThat(liquibaseLocksHeld(db)).isEmpty();
      assertThat(count(db, advisoryLocks())).isZero();
    }
  }

  /** `java -cp <this JVM's classpath> br.org.teia.TeiaApplication migrate-all ...`, output to a file. */
  private Process startMigrateAll(Path log) throws Exception {
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", // starts faster; what is tested is the kill, not the JIT
        "-cp", System.getProperty("java.class.path"), TeiaApplication.class.getName(), "migrate-all",
        "--teia.tenancy.changelog=" + V2, "--teia.demo.enabled=false"));
    command.addAll(database.arguments()); // the application role, and the owner for the migration
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private ConfigurableApplicationContext context(String changelog) {
    return new SpringApplicationBuilder(TeiaApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.autoconfigure.exclude=" + TeiaApplication.WEB_ONLY_AUTO_CONFIGURATION)
        .run(arguments(changelog));
  }

  private String[] arguments(String changelog) {
    List<String> arguments = new ArrayList<>(database.arguments());
    arguments.add("--teia.tenancy.changelog=" + changelog);
    arguments.add("--teia.demo.enabled=false");
    return arguments.toArray(String[]::new);
  }

  /** As the superuser: the test watches from outside the application. */
  private Connection connect() throws SQLException {
    return database.connectAsAdmin();
  }

  private static String advisoryLocks() {
    return "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
        + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
  }

  private static int count(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Every schema with a Liquibase lock table (tenants, template, platform) whose lock row is held. */
  private static List<String> liquibaseLocksHeld(Connection db) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT schemaname FROM pg_tables WHERE tablename = 'databasechangeloglock'")) {
      while (rs.next()) {
        schemas.add(rs.getString(1));
      }
    }
    assertThat(schemas).hasSizeGreaterThan(TENANTS);
    List<String> held = new ArrayList<>();
    for (String schema : schemas) {
      if (count(db, "SELECT count(*) FROM " + schema + ".databasechangeloglock WHERE locked") > 0) {
        held.add(schema);
      }
    }
    return held;
  }

  private static Set<String> applied(Connection db, String schema) throws SQLException {
    Set<String> ids = new TreeSet<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM " + schema + ".databasechangelog")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static boolean tableExists(Connection db, String schema, String table) throws SQLException {
    return count(db, "SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "' AND tablename = '" + table + "'") == 1;
  }
}
