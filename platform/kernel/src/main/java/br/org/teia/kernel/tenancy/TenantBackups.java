package br.org.teia.kernel.tenancy;

import static br.org.teia.kernel.tenancy.SchemaRows.LIQUIBASE_LOCK;
import static br.org.teia.kernel.tenancy.SchemaRows.columns;
import static br.org.teia.kernel.tenancy.SchemaRows.quote;
import static br.org.teia.kernel.tenancy.SchemaRows.quoteAll;
import static br.org.teia.kernel.tenancy.SchemaRows.sequences;
import static br.org.teia.kernel.tenancy.SchemaRows.strings;
import static br.org.teia.kernel.tenancy.SchemaRows.tables;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.TenantLifecycleChanged.Change;
import br.org.teia.kernel.tenancy.internal.LiquibaseRunner;
import br.org.teia.kernel.tenancy.internal.MigrationLock;
import br.org.teia.kernel.tenancy.internal.SchemaOwnerConfiguration;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import br.org.teia.kernel.tenancy.internal.TenantBackupFile;
import br.org.teia.kernel.tenancy.internal.TenantBackupFile.Manifest;
import br.org.teia.kernel.tenancy.internal.TenantBackupFile.TableDump;
import br.org.teia.kernel.tenancy.internal.TenantChangelog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Backup and restore of one municipality (ADR 0012): its schema's rows, Liquibase's history
 * included, go to one file through PostgreSQL's COPY (no pg_dump needed, whatever its version);
 * a restore rebuilds the schema at the file's changelog state in a scratch schema, loads the rows,
 * migrates it forward to this version, and only then takes the municipality's place in one
 * transaction. A failure before that swap leaves the municipality as it was. Both work on the
 * database server that holds the municipality (ADR 0024).
 */
@Service
public class TenantBackups {

  private static final Logger log = LoggerFactory.getLogger(TenantBackups.class);
  /** Kept out of the file: a lock belongs to the process that took it, never to a restore. */

  private final DataSource owner;
  private final TenantCatalog catalog;
  private final Municipalities municipalities;
  private final TenantChangelog changelog;
  private final SchemaScripts scripts;
  private final ApplicationEventPublisher events;
  private final DatabaseServers servers;

  TenantBackups(DatabaseServers servers, @Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner, TenantCatalog catalog,
      Municipalities municipalities, TenantChangelog changelog, SchemaScripts scripts,
      ApplicationEventPublisher events) {
    this.servers = servers;
    this.owner = owner;
    this.catalog = catalog;
    this.municipalities = municipalities;
    this.changelog = changelog;
    this.scripts = scripts;
    this.events = events;
  }

  public record BackupReport(TenantId tenant, Path file, Map<String, Long> rows, Duration elapsed) {
    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public record RestoreReport(TenantId tenant, String fileVersion, String version, Map<String, Long> rows,
      boolean replaced, Duration elapsed) {
    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** How a restore may treat what is already there. */
  public record RestoreOptions(boolean replace, boolean fromOtherMunicipality) {
    public static final RestoreOptions NONE = new RestoreOptions(false, false);
  }

  /** Writes the municipality's rows, as one consistent snapshot, to {@code file} (replaced only when complete). */
  public BackupReport backup(TenantId id, Path file) {
    long start = System.nanoTime();
    Tenant tenant = catalog.find(id).orElseThrow(() -> new TeiaException("tenant.unknown", id));
    DatabaseServers.Server server = servers.require(tenant.serverKey());
    if (tenant.changelogVersion() == null || !scripts.on(server).schemaExists(id.schemaName())) {
      throw new TeiaException("tenant.not-provisioned", id);
    }
    String schema = id.schemaName();
    Map<String, Long> rows = new LinkedHashMap<>();
    // The copy is read where the schema lives (ADR 0024).
    try (var lock = MigrationLock.shared(owner); Connection connection = server.owner().getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // One snapshot for every table: rows written meanwhile are either all in or all out.
        statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
      }
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      List<String> changeSets = orderedChangeSets(connection, schema);
      Map<String, Long> sequences = sequences(connection, schema);
      Map<String, List<String>> columnsByTable = new LinkedHashMap<>();
      for (String table : tables(connection, schema)) {
        if (!table.equals(LIQUIBASE_LOCK)) {
          columnsByTable.put(table, columns(connection, schema, table));
        }
      }
      TenantBackupFile.write(file, writer -> {
        for (var table : columnsByTable.entrySet()) {
          long count = writer.table(table.getKey(), table.getValue(),
              out -> copyOut(copy, schema, table.getKey(), table.getValue(), out));
          rows.put(table.getKey(), count);
        }
        return new Manifest(TenantBackupFile.FORMAT, id.ibgeCode(), changeSets, Instant.now(), sequences, List.of());
      });
      connection.rollback();
    } catch (SQLException e) {
      throw new TeiaException("tenant.backup.failed", e, id, e.getMessage());
    }
    log.info("backup of {}: {} tables, {} rows to {}", id, rows.size(), rows.values().stream().mapToLong(Long::longValue).sum(), file);
    return new BackupReport(id, file, Map.copyOf(rows), Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Restores {@code file} as municipality {@code id}: refused when the file is damaged, comes from
   * another municipality (unless asked), from a newer Teia, or when the municipality already holds
   * data (unless {@code replace}). The file's changesets must be the start of this version's
   * changelog; what came after them is applied after the rows are in.
   */
  public RestoreReport restore(TenantId id, Path file, RestoreOptions options) {
    long start = System.nanoTime();
    Municipality municipality = municipalities.find(id).orElseThrow(() -> new TeiaException("tenant.ibge.unknown", id));
    try (TenantBackupFile backup = TenantBackupFile.open(file)) { // checks every digest before anything is touched
      return restore(id, municipality, backup, options, start);
    }
  }

  private RestoreReport restore(TenantId id, Municipality municipality, TenantBackupFile backup, RestoreOptions options,
      long start) {
    Path file = backup.file();
    Manifest manifest = backup.manifest();
    if (!manifest.ibgeCode().equals(id.ibgeCode()) && !options.fromOtherMunicipality()) {
      throw new TeiaException("tenant.restore.other-municipality", file.getFileName(), manifest.ibgeCode(), id);
    }
    List<String> current = changelog.changeSetIds();
    List<String> theirs = manifest.changeSets();
    if (!current.containsAll(theirs)) {
      throw new TeiaException("tenant.restore.newer", file.getFileName());
    }
    if (theirs.isEmpty() || !current.subList(0, theirs.size()).equals(theirs)) {
      throw new TeiaException("tenant.restore.changelog-mismatch", file.getFileName());
    }

    String schema = id.schemaName();
    String scratch = schema + "_restoring";
    try (var lock = MigrationLock.exclusive(owner)) {
      // Where the municipality lives (ADR 0024); one new to the catalogue goes where the placement
      // rule says, as onboarding would put it.
      Tenant known = catalog.find(id).orElse(null);
      if (known != null && known.movingTo() != null) {
        throw new TeiaException("tenant.restore.moving", id, known.movingTo());
      }
      DatabaseServers.Server server = known != null ? servers.require(known.serverKey())
          : servers.single() ? servers.main() : servers.place(catalog.countByServer());
      SchemaScripts here = scripts.on(server);
      DataSource ownerHere = server.owner();
      boolean existed = here.schemaExists(schema);
      if (existed && !options.replace() && hasRows(ownerHere, schema)) {
        throw new TeiaException("tenant.restore.not-empty", id);
      }
      if (catalog.insertProvisioning(municipality) && !servers.single()) {
        catalog.placeOn(id, server.key());
        servers.forget(schema);
      }
      Map<String, Long> rows;
      try {
        LiquibaseRunner.execute(ownerHere, "DROP SCHEMA IF EXISTS " + scratch + " CASCADE; CREATE SCHEMA " + scratch);
        LiquibaseRunner.update(ownerHere, changelog.path(), scratch, theirs.size());
        if (!here.appliedChangeSets(scratch).equals(new java.util.TreeSet<>(theirs))) {
          throw new TeiaException("tenant.restore.changelog-mismatch", file.getFileName());
        }
        rows = load(here, backup, scratch);
        LiquibaseRunner.update(ownerHere, changelog.path(), scratch); // forward to this version
        swap(here, server, scratch, schema, id);
      } catch (RuntimeException e) {
        LiquibaseRunner.execute(ownerHere, "DROP SCHEMA IF EXISTS " + scratch + " CASCADE");
        throw e instanceof TeiaException refusal ? refusal
            : new TeiaException("tenant.restore.failed", e, id, TenantOnboarding.rootMessage(e));
      }
      List<String> problems = here.verify(schema);
      if (!problems.isEmpty()) {
        catalog.markFailed(id, "verification after restore: " + String.join("; ", problems));
        throw new TeiaException("tenant.restore.unverified", id, String.join("; ", problems));
      }
      catalog.markActive(id, changelog.version());
      events.publishEvent(new TenantLifecycleChanged(id, Change.RESTORED, changelog.version()));
      log.info("restore of {} on server {} from {} ({} → {}): {} rows{}", id, server.key(), file, manifest.version(),
          changelog.version(), rows.values().stream().mapToLong(Long::longValue).sum(), existed ? ", replacing the schema" : "");
      return new RestoreReport(id, manifest.version(), changelog.version(), Map.copyOf(rows), existed,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Loads every table of the file into the scratch schema in one transaction, constraints checked at the end. */
  private Map<String, Long> load(SchemaScripts here, TenantBackupFile backup, String scratch) {
    Map<String, Long> rows = new LinkedHashMap<>();
    here.inTransaction(scratch, connection -> SchemaRows.reload(connection, scratch, backup.manifest().sequences(),
        (c, copy, tables) -> {
          for (TableDump dump : backup.manifest().tables()) {
            if (!tables.contains(dump.name())) {
              throw new TeiaException("tenant.restore.unknown-table", dump.name());
            }
            List<String> columns = columns(c, scratch, dump.name());
            if (!columns.equals(dump.columns())) {
              throw new TeiaException("tenant.restore.columns-differ", dump.name());
            }
            long loaded;
            try (InputStream in = backup.data(dump.name())) {
              loaded = copy.copyIn("COPY " + quote(dump.name()) + " (" + quoteAll(columns) + ") FROM STDIN", in);
            }
            if (loaded != dump.rows()) {
              throw new TeiaException("tenant.backup.damaged", backup.file().getFileName());
            }
            rows.put(dump.name(), loaded);
          }
        }));
    return rows;
  }

  /**
   * The scratch schema takes the municipality's place, granted to that server's application role, in
   * one transaction; on the main server the catalogue's version changes in the same one.
   */
  private void swap(SchemaScripts here, DatabaseServers.Server server, String scratch, String schema, TenantId id) {
    boolean main = server.key().equals(DatabaseServers.MAIN);
    here.inTransaction(schema, connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        statement.execute("ALTER SCHEMA " + scratch + " RENAME TO " + schema);
      }
      here.grant(connection, schema); // plain Liquibase built the scratch schema: its tables by name
      if (main) {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE platform.tenant SET changelog_version = ?, last_error = NULL, updated_at = now() WHERE ibge_code = ?")) {
          update.setString(1, changelog.version());
          update.setString(2, id.ibgeCode());
          update.executeUpdate();
        }
      }
    });
    if (!main) {
      // No transaction spans two servers: a crash here leaves the old version recorded beside the
      // restored schema; migrate-all then finds it current and records it.
      catalog.recordVersion(id, changelog.version());
    }
  }

  private static boolean hasRows(DataSource owner, String schema) {
    try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : tables(connection, schema)) {
        if (table.startsWith("databasechangelog")) {
          continue;
        }
        try (ResultSet rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + schema + "." + quote(table) + ")")) {
          rs.next();
          if (rs.getBoolean(1)) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new TeiaException("tenant.restore.failed", e, schema, e.getMessage());
    }
  }

  private static long copyOut(CopyManager copy, String schema, String table, List<String> columns, OutputStream out)
      throws IOException {
    try {
      return copy.copyOut("COPY " + schema + "." + quote(table) + " (" + quoteAll(columns) + ") TO STDOUT", out);
    } catch (SQLException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static List<String> orderedChangeSets(Connection connection, String schema) throws SQLException {
    return strings(connection, "SELECT id FROM " + schema + ".databasechangelog ORDER BY orderexecuted, dateexecuted");
  }








}
