package br.org.teia.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.nio.charset.StandardCharsets.UTF_8;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.TenantBackups.RestoreOptions;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import br.org.teia.testsupport.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backup and restore of one municipality on the kernel's test changelog: v1 holds a note table
 * with an identity column, v2 adds a column and a table. Every table is compared row by row (as
 * JSON) before and after; a restore on v2 of a v1 file migrates it forward.
 */
class TenantBackupsIT {

  static final String BH = "3106200";
  static final String BETIM = "3106705";
  static final String UBERLANDIA = "3170206";
  static final RestoreOptions REPLACE = new RestoreOptions(true, false);
  static final RestoreOptions FROM_OTHER = new RestoreOptions(false, true);

  @TempDir Path dir;

  @Test
  void a_municipality_round_trips_row_for_row_and_a_restore_on_a_newer_version_migrates_it_forward() throws Exception {
    TestPostgres.Database database = TestPostgres.get().createDatabase("teia_backups");
    Path file = dir.resolve("bh.zip");
    Map<String, List<String>> before;
    try (var v1 = TenantMigrationsIT.context(database, TenantMigrationsIT.V1)) {
      v1.getBean(TenantOnboarding.class).onboard(List.of(BH, BETIM));
      TenantBackups backups = v1.getBean(TenantBackups.class);
      try (Connection app = database.connect(database.app()); Statement st = app.createStatement()) {
        // Text COPY must carry tabs, new lines, backslashes and accents unchanged.
        st.execute("""
            INSERT INTO mun_3106200.note (written_for, text) VALUES
              ('3106200', 'Reunião do CMAS'), ('3106200', E'linha 1\\nlinha 2\\tcom tab \\\\ barra'),
              ('3106200', 'Benefícios eventuais: açúcar, café')""");
        st.execute("DELETE FROM mun_3106200.note WHERE text = 'Reunião do CMAS'"); // a gap in the ids
      }
      before = contents(database, "mun_3106200");

      var report = backups.backup(TenantId.of(BH), file);
      assertThat(report.rows()).containsEntry("note", 2L).containsEntry("databasechangelog", 2L)
          .doesNotContainKey("databasechangeloglock");
      assertThat(Files.exists(file)).isTrue();
      assertThat(dir.resolve("bh.zip.partial")).doesNotExist();

      // The municipality has data: a restore over it needs --replace.
      assertRefused(() -> backups.restore(TenantId.of(BH), file, RestoreOptions.NONE), "tenant.restore.not-empty");
      // Someone erases and writes over it; the restore with --replace brings back exactly the copy.
      try (Connection app = database.connect(database.app()); Statement st = app.createStatement()) {
        st.execute("DELETE FROM mun_3106200.note");
        st.execute("INSERT INTO mun_3106200.note (written_for, text) VALUES ('3106200', 'escrito depois')");
      }
      var restored = backups.restore(TenantId.of(BH), file, REPLACE);
      assertThat(restored.replaced()).isTrue();
      assertThat(contents(database, "mun_3106200")).isEqualTo(before);
      assertThat(v1.getBean(SchemaScripts.class).verify("mun_3106200")).isEmpty();
      assertThat(v1.getBean(TenantCatalog.class).find(TenantId.of(BH)).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);

      // The application role works in the restored schema, and new ids come after the restored ones.
      try (Connection app = database.connect(database.app()); Statement st = app.createStatement()) {
        st.execute("INSERT INTO mun_3106200.note (written_for, text) VALUES ('3106200', 'nova')");
        assertThat(single(st, "SELECT id FROM mun_3106200.note WHERE text = 'nova'"))
            .isGreaterThan(single(st, "SELECT max(id) FROM mun_3106200.note WHERE text <> 'nova'"));
        assertThatThrownBy(() -> st.execute("DROP TABLE mun_3106200.note")).hasMessageContaining("must be owner");
      }

      // Another municipality's copy only when asked for.
      assertRefused(() -> backups.restore(TenantId.of(BETIM), file, RestoreOptions.NONE), "tenant.restore.other-municipality");
      assertThat(contents(database, "mun_3106705").get("note")).isEmpty();
      backups.restore(TenantId.of(BETIM), file, FROM_OTHER);
      assertThat(contents(database, "mun_3106705")).isEqualTo(before);
    }

    // A newer Teia (v2 adds a column and a table) restores the v1 file into a municipality never
    // onboarded, and brings it to v2.
    try (var v2 = TenantMigrationsIT.context(database, TenantMigrationsIT.V2)) {
      var report = v2.getBean(TenantBackups.class).restore(TenantId.of(UBERLANDIA), file, FROM_OTHER);
      assertThat(report.fileVersion()).isEqualTo("2:note-0002");
      assertThat(report.version()).isEqualTo("3:note-0003");
      SchemaScripts scripts = v2.getBean(SchemaScripts.class);
      assertThat(scripts.appliedChangeSets("mun_3170206")).containsExactly("note-0001", "note-0002", "note-0003");
      assertThat(scripts.tables("mun_3170206")).contains("note_tag");
      assertThat(scripts.verify("mun_3170206")).isEmpty();
      assertThat(rows(database, "SELECT (to_jsonb(n) - 'tag')::text FROM mun_3170206.note n ORDER BY 1"))
          .isEqualTo(before.get("note"));
      assertThat(v2.getBean(TenantCatalog.class).find(TenantId.of(UBERLANDIA)).orElseThrow())
          .satisfies(t -> {
            assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
            assertThat(t.changelogVersion()).isEqualTo("3:note-0003");
          });
      assertThat(rows(database, "SELECT action || ' ' || entity_id FROM platform.audit_event WHERE action = 'TENANT_RESTORED' ORDER BY id"))
          .containsExactly("TENANT_RESTORED 3106200", "TENANT_RESTORED 3106705", "TENANT_RESTORED 3170206");

      // A v2 file cannot go back to v1: refused as newer.
      v2.getBean(TenantBackups.class).backup(TenantId.of(UBERLANDIA), dir.resolve("uberlandia-v2.zip"));
    }
    try (var v1 = TenantMigrationsIT.context(database, TenantMigrationsIT.V1)) {
      assertRefused(() -> v1.getBean(TenantBackups.class).restore(TenantId.of(UBERLANDIA), dir.resolve("uberlandia-v2.zip"), REPLACE),
          "tenant.restore.newer");
    }
  }

  @Test
  void a_damaged_or_missing_file_is_refused_and_the_municipality_stays_as_it_was() throws Exception {
    TestPostgres.Database database = TestPostgres.get().createDatabase("teia_backups_damaged");
    try (ConfigurableApplicationContext v1 = TenantMigrationsIT.context(database, TenantMigrationsIT.V1)) {
      v1.getBean(TenantOnboarding.class).onboard(List.of(BH));
      try (Connection app = database.connect(database.app()); Statement st = app.createStatement()) {
        st.execute("INSERT INTO mun_3106200.note (written_for, text) VALUES ('3106200', 'original')");
      }
      TenantBackups backups = v1.getBean(TenantBackups.class);
      Path file = dir.resolve("bh.zip");
      backups.backup(TenantId.of(BH), file);
      try (Connection app = database.connect(database.app()); Statement st = app.createStatement()) {
        st.execute("UPDATE mun_3106200.note SET text = 'atual'");
      }
      Map<String, List<String>> current = contents(database, "mun_3106200");

      Path truncated = dir.resolve("truncated.zip");
      byte[] bytes = Files.readAllBytes(file);
      Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      assertRefused(() -> backups.restore(TenantId.of(BH), truncated, REPLACE), "tenant.backup.damaged");

      Path altered = dir.resolve("altered.zip");
      rewrite(file, altered, "tables/note.copy", text -> text.replace("original", "forjado!"));
      assertRefused(() -> backups.restore(TenantId.of(BH), altered, REPLACE), "tenant.backup.damaged");

      // Digests right but a row twice: the load fails half-way, and nothing changes.
      Path doubled = dir.resolve("doubled.zip");
      rewrite(file, doubled, "tables/note.copy", text -> text + text, true);
      assertRefused(() -> backups.restore(TenantId.of(BH), doubled, REPLACE), "tenant.restore.failed");

      Path notABackup = Files.writeString(dir.resolve("notas.zip"), "isto não é um zip");
      assertRefused(() -> backups.restore(TenantId.of(BH), notABackup, REPLACE), "tenant.backup.damaged");
      assertRefused(() -> backups.restore(TenantId.of(BH), dir.resolve("nenhum.zip"), REPLACE), "tenant.backup.missing");
      assertRefused(() -> backups.backup(TenantId.of(BH), dir.resolve("sem-pasta/bh.zip")), "tenant.backup.unwritable");
      assertRefused(() -> backups.backup(TenantId.of(BETIM), dir.resolve("betim.zip")), "tenant.unknown");

      assertThat(contents(database, "mun_3106200")).isEqualTo(current);
      assertThat(v1.getBean(SchemaScripts.class).schemaExists("mun_3106200_restoring")).isFalse();
    }
  }

  private static void assertRefused(Runnable action, String key) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  /** Every table of the schema, each as its rows in JSON, sorted. */
  static Map<String, List<String>> contents(TestPostgres.Database database, String schema) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String table : rows(database, "SELECT tablename FROM pg_tables WHERE schemaname = '" + schema
        + "' AND tablename <> 'databasechangeloglock' ORDER BY 1")) {
      tables.put(table, rows(database, "SELECT to_jsonb(t)::text FROM " + schema + "." + table + " t ORDER BY 1"));
    }
    return tables;
  }

  static List<String> rows(TestPostgres.Database database, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection owner = database.connect(database.owner()); Statement st = owner.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  private static long single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Copies a zip, changing one entry's text; the manifest's digest is left as it was. */
  private static void rewrite(Path from, Path to, String entry, UnaryOperator<String> change) throws IOException {
    rewrite(from, to, entry, change, false);
  }

  /** Copies a zip, changing one entry's text and, if asked, its digest in the manifest to match. */
  private static void rewrite(Path from, Path to, String entry, UnaryOperator<String> change, boolean fixDigest)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile in = new ZipFile(from.toFile())) {
      for (ZipEntry e : Collections.list(in.entries())) {
        entries.put(e.getName(), in.getInputStream(e).readAllBytes());
      }
    }
    byte[] old = entries.get(entry);
    byte[] changed = change.apply(new String(old, UTF_8)).getBytes(UTF_8);
    entries.put(entry, changed);
    if (fixDigest) {
      String manifest = new String(entries.get("manifest.properties"), UTF_8);
      entries.put("manifest.properties", manifest.replace(sha256(old), sha256(changed)).getBytes(UTF_8));
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
