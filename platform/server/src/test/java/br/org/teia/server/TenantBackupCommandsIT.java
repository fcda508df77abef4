package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.testsupport.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operator's backup and restore commands on a demo municipality with every module's data
 * (Betim: units, teams, entities, council, meetings, resolutions...): every table comes back row
 * for row, with or without data in the way; misuse prints the usage or a Portuguese refusal.
 */
@DemoServerTest
class TenantBackupCommandsIT {

  static final String BETIM = "3106705";
  static final String SCHEMA = "mun_" + BETIM;

  @Autowired TenantCommands commands;
  @Autowired TenantCatalog catalog;
  @TempDir Path dir;

  @Test
  void a_demo_municipality_is_backed_up_and_restored_table_for_table() throws Exception {
    String file = dir.resolve("betim.zip").toString();
    Map<String, List<String>> before = contents();
    assertThat(before.values().stream().mapToInt(List::size).sum()).as("Betim's demo rows").isGreaterThan(100);
    assertThat(before.keySet().size()).as("tables of every module").isGreaterThan(30);

    Run backup = run("backup", BETIM, file);
    assertThat(backup.code()).isZero();
    assertThat(backup.printed()).contains("Cópia do município 3106705 gravada em " + file);

    Run over = run("restore", BETIM, file);
    assertThat(over.code()).isEqualTo(1);
    assertThat(over.printed()).contains("O município 3106705 já tem dados. Para substituí-los pelos da cópia, use --replace.");

    Run replaced = run("restore", BETIM, file, "--replace");
    assertThat(replaced.code()).as(replaced.printed()).isZero();
    assertThat(replaced.printed()).contains("Município 3106705 restaurado (dados anteriores substituídos)").contains("verificado");
    assertThat(contents()).isEqualTo(before);

    // Everything lost (every table emptied): the restore needs no --replace and brings it all back.
    try (Connection owner = ownerConnection(); Statement st = owner.createStatement()) {
      for (String table : before.keySet()) {
        if (!table.startsWith("databasechangelog")) {
          st.execute("TRUNCATE " + SCHEMA + "." + table + " CASCADE");
        }
      }
    }
    Run intoEmpty = run("restore", BETIM, file);
    assertThat(intoEmpty.code()).as(intoEmpty.printed()).isZero();
    assertThat(contents()).isEqualTo(before);
    assertThat(catalog.find(TenantId.of(BETIM)).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
  }

  @Test
  void misuse_and_bad_files_answer_in_portuguese_without_a_stack_trace() {
    assertThat(run("restore", BETIM).code()).isEqualTo(2);
    assertThat(run("backup", BETIM, "x.zip", "--replace").code()).isEqualTo(2);
    assertThat(run("restore", BETIM, "x.zip", "--force").printed()).contains("Uso:");

    Run badCode = run("backup", "31", dir.resolve("a.zip").toString());
    assertThat(badCode.code()).isEqualTo(1);
    assertThat(badCode.printed()).contains("Código IBGE inválido: \"31\"");

    Run missing = run("restore", BETIM, dir.resolve("nenhum.zip").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.printed()).contains("não existe").doesNotContain("Exception");

    Run unknownTown = run("restore", "9999999", dir.resolve("nenhum.zip").toString());
    assertThat(unknownTown.code()).isEqualTo(1);
    assertThat(unknownTown.printed()).contains("não corresponde a nenhum município");
  }

  @Test
  void move_and_onboard_on_a_server_refuse_misuse_and_unknown_servers_in_portuguese() {
    assertThat(run("move", BETIM).code()).isEqualTo(2);
    assertThat(run("onboard", BETIM, "--server=").code()).isEqualTo(2);
    assertThat(run("backup", BETIM, "x.zip", "--server=s2").printed()).contains("Uso:").contains("move <código IBGE>");

    Run unknown = run("move", BETIM, "s9");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.printed()).contains("O servidor de banco de dados \"s9\" não está configurado. Servidores configurados: main.");

    Run same = run("move", BETIM, "main");
    assertThat(same.code()).isEqualTo(1);
    assertThat(same.printed()).contains("O município 3106705 já está no servidor main.");

    Run onboardUnknown = run("onboard", "3100104", "--server=s9");
    assertThat(onboardUnknown.code()).isEqualTo(1);
    assertThat(onboardUnknown.printed()).contains("\"s9\" não está configurado").doesNotContain("Exception");
    assertThat(catalog.find(TenantId.of("3100104"))).as("nothing catalogued").isEmpty();
  }

  record Run(int code, String printed) {}

  private Run run(String... words) {
    var out = new ByteArrayOutputStream();
    int code = commands.execute(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8));
  }

  private static Connection ownerConnection() throws SQLException {
    TestPostgres.Database database = TestPostgres.get().database();
    return database.connect(database.owner());
  }

  /** Every table of Betim's schema, each as its rows in JSON, sorted. */
  private static Map<String, List<String>> contents() throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (Connection owner = ownerConnection(); Statement st = owner.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '" + SCHEMA
          + "' AND tablename <> 'databasechangeloglock' ORDER BY 1")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String table : names) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT to_jsonb(t)::text FROM " + SCHEMA + "." + table + " t ORDER BY 1")) {
          while (rs.next()) {
            rows.add(rs.getString(1));
          }
        }
        tables.put(table, rows);
      }
    }
    return tables;
  }
}
