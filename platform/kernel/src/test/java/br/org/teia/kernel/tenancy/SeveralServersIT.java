package br.org.teia.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.testapp.KernelTestApplication;
import br.org.teia.kernel.testapp.Note;
import br.org.teia.kernel.testapp.NoteIndicators;
import br.org.teia.kernel.testapp.NoteRepository;
import br.org.teia.kernel.testapp.NoteService;
import br.org.teia.testsupport.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Municipalities on two real PostgreSQL servers (ADR 0024): the test JVM's database (main: the
 * platform schema and the rollup) and a second, embedded server started for this test, declared as
 * {@code teia.database.servers.s2}. Main is closed for placement here, so the rule places new towns on s2.
 */
@SpringBootTest(classes = KernelTestApplication.class)
class SeveralServersIT {

  static final TenantId ABAETE = TenantId.of("3100203");
  static final TenantId ABRE_CAMPO = TenantId.of("3100302");
  static final TenantId ACAIACA = TenantId.of("3100401");
  static final TenantId ACUCENA = TenantId.of("3100500");
  static final TenantId AGUA_BOA = TenantId.of("3100609");
  static final TenantId AGUA_COMPRIDA = TenantId.of("3100708");
  static final TenantId ALBERTINA = TenantId.of("3100807");
  static final TenantId ALEM_PARAIBA = TenantId.of("3100906");
  static final TenantId ALFENAS = TenantId.of("3101003");
  static final TenantId ALFREDO_VASCONCELOS = TenantId.of("3101102");
  static final TenantId ALMENARA = TenantId.of("3101706");
  static final TenantId ALPERCATA = TenantId.of("3101805");

  static final TestPostgres.Database S2 = TestPostgres.extraServer();

  @DynamicPropertySource
  static void secondServer(DynamicPropertyRegistry registry) {
    registry.add("teia.database.servers.s2.url", S2::url);
    registry.add("teia.database.servers.s2.username", () -> S2.app().user());
    registry.add("teia.database.servers.s2.password", () -> S2.app().password());
    registry.add("teia.database.servers.s2.owner-username", () -> S2.owner().user());
    registry.add("teia.database.servers.s2.owner-password", () -> S2.owner().password());
    registry.add("teia.database.main.placement", () -> "closed");
  }

  @Autowired TenantOnboarding onboarding;
  @Autowired TenantMigrations migrations;
  @Autowired TenantMoves moves;
  @Autowired TenantCatalog catalog;
  @Autowired Tenants tenants;
  @Autowired NoteService noteService;
  @Autowired NoteRepository notes;
  @Autowired DatabaseServers servers;
  @Autowired JdbcClient jdbc;
  @Autowired br.org.teia.kernel.tenancy.internal.SchemaScripts scripts;
  @Autowired TenantBackups backups;
  @Autowired br.org.teia.kernel.tenancy.internal.TenantChangelog changelog;

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  /** The JVM's other test contexts share the main database and know no s2: these towns leave with the test. */
  @AfterAll
  static void removeTheTowns() throws SQLException {
    try (Connection c = TestPostgres.get().connect(); Statement st = c.createStatement()) {
      for (TenantId town : List.of(ABAETE, ABRE_CAMPO, ACAIACA, ACUCENA, AGUA_BOA, AGUA_COMPRIDA, ALBERTINA,
          ALEM_PARAIBA, ALFENAS, ALFREDO_VASCONCELOS, ALMENARA, ALPERCATA)) {
        st.execute("DELETE FROM platform.tenant WHERE ibge_code = '" + town.ibgeCode() + "'");
        st.execute("DROP SCHEMA IF EXISTS " + town.schemaName() + " CASCADE");
        st.execute("DROP SCHEMA IF EXISTS " + town.schemaName() + "_moved CASCADE");
      }
    }
  }

  @AfterEach
  void forgetRoutes() {
    moves.settle(DatabaseServers.ROUTE_CACHE.multipliedBy(2));
    moves.beforeVerification((schema, target) -> {});
  }

  @Test
  void onboarding_places_a_town_on_the_open_server_with_the_fewest_and_builds_its_schema_there() throws Exception {
    OnboardingReport report = onboarding.onboard(List.of(ABAETE.ibgeCode()));

    assertThat(report.failed()).isEmpty();
    Tenant abaete = catalog.find(ABAETE).orElseThrow();
    assertThat(abaete.serverKey()).isEqualTo("s2");
    assertThat(abaete.status()).isEqualTo(TenantStatus.ACTIVE);
    assertThat(schemaOn(S2, ABAETE)).isTrue();
    assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = ?").param(ABAETE.schemaName())
        .query(Long.class).single()).as("no schema of it on the main server").isZero();
  }

  @Test
  void an_operator_may_name_the_server_and_an_unknown_one_is_refused_in_portuguese() throws Exception {
    OnboardingReport report = onboarding.onboard(List.of(ACAIACA.ibgeCode()), p -> {}, DatabaseServers.MAIN);

    assertThat(report.failed()).isEmpty();
    assertThat(catalog.find(ACAIACA).orElseThrow().serverKey()).isEqualTo("main");
    assertThat(schemaOn(S2, ACAIACA)).isFalse();
    assertThatThrownBy(() -> onboarding.onboard(List.of(ABAETE.ibgeCode()), p -> {}, "s9"))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.server.unknown"));
  }

  @Test
  void a_town_on_the_second_server_reads_and_writes_there_and_its_figures_reach_the_rollup_on_main() throws Exception {
    onboarding.onboard(List.of(ABRE_CAMPO.ibgeCode()));
    jdbc.sql("DELETE FROM platform.indicator_value WHERE tenant_code = ?").param(ABRE_CAMPO.ibgeCode()).update();

    try (var scope = tenants.enter(ABRE_CAMPO)) {
      noteService.write(ABRE_CAMPO.ibgeCode(), "curta");
      noteService.write(ABRE_CAMPO.ibgeCode(), "uma nota bem comprida");
    }

    try (var scope = tenants.enter(ABRE_CAMPO)) {
      assertThat(notes.findAll()).extracting(Note::getText).containsExactlyInAnyOrder("curta", "uma nota bem comprida");
    }
    assertThat(count(S2, ABRE_CAMPO)).as("the rows are on s2").isEqualTo(2);
    assertThat(jdbc.sql("SELECT value FROM platform.indicator_value WHERE code = ? AND tenant_code = ?")
        .params(NoteIndicators.WRITTEN, ABRE_CAMPO.ibgeCode()).query(java.math.BigDecimal.class).single())
        .as("the figure on the main server's rollup").isEqualByComparingTo("2");
  }

  @Test
  void migrate_all_covers_both_servers_and_verification_sees_a_broken_schema_on_the_second() throws Exception {
    onboarding.onboard(List.of(ACUCENA.ibgeCode()), p -> {}, "s2");
    onboarding.onboard(List.of(ALFREDO_VASCONCELOS.ibgeCode()), p -> {}, DatabaseServers.MAIN);
    try (Connection c = S2.connect(S2.owner()); Statement st = c.createStatement()) {
      st.execute("REVOKE ALL ON " + ACUCENA.schemaName() + ".note FROM " + S2.app().user());
    }

    MigrationReport report = migrations.migrateAll();

    assertThat(report.failed()).doesNotContainKeys(ACUCENA, ALFREDO_VASCONCELOS);
    assertThat(catalog.find(ACUCENA).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    try (var scope = tenants.enter(ACUCENA)) {
      assertThat(notes.findAll()).as("migrate-all granted the s2 application role again").isEmpty();
    }
    // The s2 schema's default privileges name the s2 application role: a table its owner adds later is that role's.
    try (Connection c = S2.connect(S2.owner()); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE " + ACUCENA.schemaName() + ".later (id bigserial PRIMARY KEY, text varchar(20))");
    }
    try (Connection c = S2.connect(S2.app()); Statement st = c.createStatement()) {
      st.execute("INSERT INTO " + ACUCENA.schemaName() + ".later (text) VALUES ('nova')");
      st.execute("DELETE FROM " + ACUCENA.schemaName() + ".later");
      assertThatThrownBy(() -> st.execute("SELECT count(*) FROM " + ACUCENA.schemaName() + ".databasechangelog"))
          .hasMessageContaining("permission denied");
    }

    try (Connection c = S2.connect(S2.owner()); Statement st = c.createStatement()) {
      st.execute("DROP TABLE " + ACUCENA.schemaName() + ".note");
    }
    MigrationReport broken = migrations.migrateAll();
    assertThat(broken.failed()).containsKey(ACUCENA);
    assertThat(broken.failed().get(ACUCENA)).contains("tables missing: [note]");
    assertThat(catalog.find(ACUCENA).orElseThrow().status()).isEqualTo(TenantStatus.FAILED);
  }

  @Test
  void a_move_takes_the_town_with_its_data_and_the_app_then_reads_it_from_the_new_server() throws Exception {
    onboarding.onboard(List.of(AGUA_BOA.ibgeCode()), p -> {}, "s2");
    try (var scope = tenants.enter(AGUA_BOA)) {
      noteService.write(AGUA_BOA.ibgeCode(), "escrita no s2");
    }

    TenantMoves.MoveReport report = moves.move(AGUA_BOA, DatabaseServers.MAIN);

    assertThat(report.from()).isEqualTo("s2");
    assertThat(report.rows()).containsEntry("note", 1L);
    assertThat(catalog.find(AGUA_BOA).orElseThrow()).satisfies(t -> {
      assertThat(t.serverKey()).isEqualTo("main");
      assertThat(t.movingTo()).isNull();
    });
    assertThat(schemaOn(S2, AGUA_BOA)).as("the old schema is out of the tenants' names").isFalse();
    try (var scope = tenants.enter(AGUA_BOA)) {
      assertThat(notes.findAll()).extracting(Note::getText).containsExactly("escrita no s2");
      noteService.write(AGUA_BOA.ibgeCode(), "escrita no main");
    }
    assertThat(jdbc.sql("SELECT text FROM " + AGUA_BOA.schemaName() + ".note ORDER BY id").query(String.class).list())
        .as("read on the main server").containsExactly("escrita no s2", "escrita no main");
    assertThat(scripts.appliedChangeSets(AGUA_BOA.schemaName())).as("Liquibase's history came along")
        .containsExactly("note-0001", "note-0002");
    assertThat(scripts.verify(AGUA_BOA.schemaName())).isEmpty();

    // And back: from the main server to the second one.
    moves.settle(java.time.Duration.ZERO); // one node in this test: no other node's route to wait for
    assertThat(moves.move(AGUA_BOA, "s2").rows()).containsEntry("note", 2L);
    assertThat(count(S2, AGUA_BOA)).isEqualTo(2);
    try (var scope = tenants.enter(AGUA_BOA)) {
      assertThat(notes.findAll()).extracting(Note::getText).containsExactly("escrita no s2", "escrita no main");
    }
  }

  @Test
  void a_failed_move_leaves_the_town_on_its_server_unharmed_and_writable() throws Exception {
    onboarding.onboard(List.of(AGUA_COMPRIDA.ibgeCode()), p -> {}, "s2");
    try (var scope = tenants.enter(AGUA_COMPRIDA)) {
      noteService.write(AGUA_COMPRIDA.ibgeCode(), "antes da mudança");
    }
    // The copy is damaged before it is verified: the move must notice and give up.
    moves.beforeVerification((schema, target) -> {
      try (Connection c = target.owner().getConnection(); Statement st = c.createStatement()) {
        st.execute("UPDATE " + schema + ".note SET text = 'adulterada'");
      }
    });

    assertThatThrownBy(() -> moves.move(AGUA_COMPRIDA, DatabaseServers.MAIN))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.move.unverified"));

    assertThat(catalog.find(AGUA_COMPRIDA).orElseThrow()).satisfies(t -> {
      assertThat(t.serverKey()).isEqualTo("s2");
      assertThat(t.movingTo()).isNull();
    });
    assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = ?").param(AGUA_COMPRIDA.schemaName())
        .query(Long.class).single()).as("the damaged copy on main is gone").isZero();
    try (var scope = tenants.enter(AGUA_COMPRIDA)) {
      noteService.write(AGUA_COMPRIDA.ibgeCode(), "depois da falha");
      assertThat(notes.findAll()).extracting(Note::getText).containsExactly("antes da mudança", "depois da falha");
    }
  }

  @Test
  void while_a_town_moves_it_is_read_only_and_a_write_is_refused_by_postgresql() throws Exception {
    onboarding.onboard(List.of(ALBERTINA.ibgeCode()), p -> {}, "s2");
    try (var scope = tenants.enter(ALBERTINA)) {
      noteService.write(ALBERTINA.ibgeCode(), "antes");
    }
    assertThat(catalog.startMove(ALBERTINA, DatabaseServers.MAIN)).isTrue();
    servers.forget(ALBERTINA.schemaName());
    try {
      try (var scope = tenants.enter(ALBERTINA)) {
        assertThat(notes.findAll()).extracting(Note::getText).containsExactly("antes");
        assertThatThrownBy(() -> noteService.write(ALBERTINA.ibgeCode(), "proibida"))
            .hasRootCauseInstanceOf(SQLException.class)
            .rootCause().hasMessageContaining("read-only transaction");
      }
    } finally {
      catalog.abandonMove(ALBERTINA);
      servers.forget(ALBERTINA.schemaName());
    }
    try (var scope = tenants.enter(ALBERTINA)) {
      noteService.write(ALBERTINA.ibgeCode(), "permitida");
      assertThat(notes.findAll()).extracting(Note::getText).containsExactly("antes", "permitida");
    }
  }

  @Test
  void two_towns_on_two_servers_never_see_each_other_under_concurrent_requests() throws Exception {
    TenantId onMain = ALEM_PARAIBA;
    TenantId onS2 = ALFENAS;
    onboarding.onboard(List.of(onMain.ibgeCode()), p -> {}, DatabaseServers.MAIN);
    onboarding.onboard(List.of(onS2.ibgeCode()), p -> {}, "s2");
    List<Callable<Void>> work = new ArrayList<>();
    for (int worker = 0; worker < 8; worker++) {
      TenantId mine = worker % 2 == 0 ? onMain : onS2;
      work.add(() -> {
        for (int i = 0; i < 25; i++) {
          try (var scope = tenants.enter(mine)) {
            notes.save(new Note(mine.ibgeCode(), "nota " + i));
            assertThat(notes.findAll()).extracting(Note::getWrittenFor).containsOnly(mine.ibgeCode());
          }
        }
        return null;
      });
    }
    try (ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      for (Future<Void> done : pool.invokeAll(work)) {
        done.get();
      }
    }
    try (var scope = tenants.enter(onS2)) {
      assertThat(notes.findAll()).extracting(Note::getWrittenFor).containsOnly(onS2.ibgeCode()).hasSizeGreaterThanOrEqualTo(100);
    }
  }

  @Test
  void a_town_on_the_second_server_is_restored_there_from_its_backup() throws Exception {
    onboarding.onboard(List.of(ALMENARA.ibgeCode()), p -> {}, "s2");
    try (var scope = tenants.enter(ALMENARA)) {
      noteService.write(ALMENARA.ibgeCode(), "antes da cópia");
    }
    java.nio.file.Path file = dir.resolve("almenara.zip");
    assertThat(backups.backup(ALMENARA, file).rows()).containsEntry("note", 1L);
    try (var scope = tenants.enter(ALMENARA)) {
      noteService.write(ALMENARA.ibgeCode(), "depois da cópia");
    }

    // Its data on s2 counts: over it, only with --replace.
    assertThatThrownBy(() -> backups.restore(ALMENARA, file, TenantBackups.RestoreOptions.NONE))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.restore.not-empty"));
    TenantBackups.RestoreReport report = backups.restore(ALMENARA, file, new TenantBackups.RestoreOptions(true, false));

    assertThat(report.replaced()).isTrue();
    assertThat(report.rows()).containsEntry("note", 1L);
    assertThat(catalog.find(ALMENARA).orElseThrow()).satisfies(t -> {
      assertThat(t.serverKey()).isEqualTo("s2");
      assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
      assertThat(t.changelogVersion()).isEqualTo(changelog.version());
    });
    assertThat(count(S2, ALMENARA)).as("the copy's rows, on s2").isEqualTo(1);
    assertThat(jdbc.sql("SELECT value FROM platform.indicator_value WHERE code = ? AND tenant_code = ?")
        .params(NoteIndicators.WRITTEN, ALMENARA.ibgeCode()).query(java.math.BigDecimal.class).single())
        .as("its figure on main, computed again from the restored rows").isEqualByComparingTo("1");
    assertThat(schemaOn(S2, ALMENARA)).isTrue();
    assertThat(schemasLike(S2, ALMENARA.schemaName() + "_%")).as("no scratch schema left on s2").isEmpty();
    assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE ?").param(ALMENARA.schemaName() + "%")
        .query(Long.class).single()).as("nothing of it on the main server").isZero();
    try (var scope = tenants.enter(ALMENARA)) {
      assertThat(notes.findAll()).extracting(Note::getText).containsExactly("antes da cópia");
      noteService.write(ALMENARA.ibgeCode(), "depois da restauração"); // s2's application role was granted the new schema
      assertThat(notes.findAll()).extracting(Note::getText).containsExactly("antes da cópia", "depois da restauração");
    }
  }

  @Test
  void a_town_new_to_the_catalogue_is_restored_where_the_placement_rule_puts_it_and_a_town_half_moved_is_refused()
      throws Exception {
    onboarding.onboard(List.of(ALMENARA.ibgeCode()), p -> {}, "s2");
    java.nio.file.Path file = dir.resolve("almenara.zip");
    backups.backup(ALMENARA, file);

    // Main is closed for placement here: Alpercata, in no catalogue yet, goes to s2 as onboarding would put it.
    backups.restore(ALPERCATA, file, new TenantBackups.RestoreOptions(false, true));
    assertThat(catalog.find(ALPERCATA).orElseThrow().serverKey()).isEqualTo("s2");
    assertThat(schemaOn(S2, ALPERCATA)).isTrue();
    assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = ?").param(ALPERCATA.schemaName())
        .query(Long.class).single()).isZero();

    // A move that died half-way left Almenara marked: the restore asks for the move to be finished first.
    assertThat(catalog.startMove(ALMENARA, DatabaseServers.MAIN)).isTrue();
    try {
      assertThatThrownBy(() -> backups.restore(ALMENARA, file, new TenantBackups.RestoreOptions(true, false)))
          .isInstanceOfSatisfying(TeiaException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("tenant.restore.moving");
            assertThat(e.arguments()).containsExactly(ALMENARA, DatabaseServers.MAIN);
          });
    } finally {
      catalog.abandonMove(ALMENARA);
    }
  }

  private static List<String> schemasLike(TestPostgres.Database server, String pattern) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = server.connectAsAdmin(); java.sql.PreparedStatement st = c.prepareStatement(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE ?")) {
      st.setString(1, pattern);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  private static boolean schemaOn(TestPostgres.Database server, TenantId tenant) throws SQLException {
    try (Connection c = server.connectAsAdmin(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = '" + tenant.schemaName() + "'")) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }

  private static long count(TestPostgres.Database server, TenantId tenant) throws SQLException {
    try (Connection c = server.connectAsAdmin(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + tenant.schemaName() + ".note")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
