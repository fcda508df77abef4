package br.org.teia.kernel.tenancy;

import static br.org.teia.kernel.tenancy.SchemaRows.LIQUIBASE_LOCK;
import static br.org.teia.kernel.tenancy.SchemaRows.columns;
import static br.org.teia.kernel.tenancy.SchemaRows.quote;
import static br.org.teia.kernel.tenancy.SchemaRows.quoteAll;
import static br.org.teia.kernel.tenancy.SchemaRows.sequences;
import static br.org.teia.kernel.tenancy.SchemaRows.tables;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.TenantLifecycleChanged.Change;
import br.org.teia.kernel.tenancy.internal.MigrationLock;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Moves one municipality to another database server (ADR 0024):
 * <ol>
 *   <li>the catalogue marks it moving ({@code moving_to}): from then on every node hands out its
 *   connections read-only ({@code default_transaction_read_only}); the move waits twice
 *   {@link DatabaseServers#ROUTE_CACHE} so no node still trusts an older answer;</li>
 *   <li>on the source, one REPEATABLE READ transaction locks every table of the schema in SHARE mode
 *   (it waits for writes already under way, and no write can start) and copies every table, Liquibase's
 *   history included, with COPY;</li>
 *   <li>on the target, one transaction builds the schema from the tenant changelog, replaces its rows
 *   by the copy, sets the sequences and grants the target's application role;</li>
 *   <li>the copy is verified: the schema against the changelog and the template, and every table's
 *   row count and digest against the source's;</li>
 *   <li>only then the catalogue points at the target; the source schema is renamed
 *   {@code mun_NNNNNNN_moved} (nothing routes to it; the operator drops it when satisfied).</li>
 * </ol>
 * Any failure before the switch drops the target's copy and leaves the municipality where it was,
 * writable again; a crash leaves it marked moving (read-only), and running the move again resumes
 * from the start.
 */
@Service
public class TenantMoves {

  private static final Logger log = LoggerFactory.getLogger(TenantMoves.class);

  private final TenantCatalog catalog;
  private final DatabaseServers servers;
  private final SchemaScripts scripts;
  private final ApplicationEventPublisher events;
  private volatile Duration settle = DatabaseServers.ROUTE_CACHE.multipliedBy(2);

  TenantMoves(TenantCatalog catalog, DatabaseServers servers, SchemaScripts scripts, ApplicationEventPublisher events) {
    this.catalog = catalog;
    this.servers = servers;
    this.scripts = scripts;
    this.events = events;
  }

  public record MoveReport(TenantId tenant, String from, String to, Map<String, Long> rows, Duration elapsed) {
    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** A hook for tests: runs between the copy and its verification (e.g. to damage the copy). */
  interface Step {
    void run(String schema, DatabaseServers.Server target) throws SQLException;
  }

  private volatile Step beforeVerification = (schema, target) -> {};

  void beforeVerification(Step step) {
    this.beforeVerification = step;
  }

  public MoveReport move(TenantId id, String targetKey) {
    long start = System.nanoTime();
    Tenant tenant = catalog.find(id).orElseThrow(() -> new TeiaException("tenant.unknown", id));
    if (tenant.changelogVersion() == null) {
      throw new TeiaException("tenant.not-provisioned", id);
    }
    DatabaseServers.Server target = servers.require(targetKey);
    DatabaseServers.Server source = servers.require(tenant.serverKey());
    if (source.key().equals(target.key())) {
      throw new TeiaException("tenant.move.same-server", id, target.key());
    }
    String schema = id.schemaName();
    SchemaScripts from = scripts.on(source);
    SchemaScripts to = scripts.on(target);
    // Migrate-all and other moves wait; onboarding of other towns may go on (it takes the lock shared).
    try (var lock = MigrationLock.exclusive(servers.main().owner())) {
      List<String> problems = from.verify(schema);
      if (!problems.isEmpty()) {
        throw new TeiaException("tenant.move.source-unverified", id, String.join("; ", problems));
      }
      if (!catalog.startMove(id, target.key())) {
        throw new TeiaException("tenant.move.other-move", id);
      }
      servers.forget(schema);
      events.publishEvent(new TenantLifecycleChanged(id, Change.MOVING, target.key()));
      Map<String, Long> rows;
      try {
        sleep(settle); // every node now hands out read-only connections
        rows = copy(schema, source, target, to);
        beforeVerification.run(schema, target);
        List<String> copyProblems = new ArrayList<>(to.verify(schema));
        copyProblems.addAll(compare(schema, source, target));
        if (!copyProblems.isEmpty()) {
          throw new TeiaException("tenant.move.unverified", id, String.join("; ", copyProblems));
        }
      } catch (RuntimeException | SQLException e) {
        dropQuietly(target, schema);
        catalog.abandonMove(id);
        servers.forget(schema);
        events.publishEvent(new TenantLifecycleChanged(id, Change.MOVE_FAILED, source.key()));
        log.warn("move of {} from {} to {} failed, it stays on {}: {}", id, source.key(), target.key(), source.key(),
            TenantOnboarding.rootMessage(e));
        throw e instanceof TeiaException refusal ? refusal
            : new TeiaException("tenant.move.failed", e, id, TenantOnboarding.rootMessage(e));
      }
      catalog.finishMove(id, target.key());
      servers.forget(schema);
      retire(source, schema);
      events.publishEvent(new TenantLifecycleChanged(id, Change.MOVED, target.key()));
      log.info("moved {} from {} to {}: {} rows", id, source.key(), target.key(),
          rows.values().stream().mapToLong(Long::longValue).sum());
      return new MoveReport(id, source.key(), target.key(), Map.copyOf(rows), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Copies the schema: a locked snapshot on the source, one transaction on the target. */
  private Map<String, Long> copy(String schema, DatabaseServers.Server source, DatabaseServers.Server target,
      SchemaScripts to) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    Path dir;
    try {
      dir = Files.createTempDirectory("teia-move-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection src = source.owner().getConnection()) {
      src.setAutoCommit(false);
      try (Statement st = src.createStatement()) {
        st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        st.execute("SET LOCAL lock_timeout = '60s'");
        List<String> tables = tables(src, schema);
        // SHARE: waits for writes under way, lets no new one start, lets readers read.
        st.execute("LOCK TABLE " + String.join(", ", tables.stream().map(t -> schema + "." + quote(t)).toList())
            + " IN SHARE MODE");
        CopyManager out = src.unwrap(PGConnection.class).getCopyAPI();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String table : tables) {
          if (table.equals(LIQUIBASE_LOCK)) {
            continue;
          }
          columns.put(table, columns(src, schema, table));
          try (OutputStream file = Files.newOutputStream(dir.resolve(table))) {
            out.copyOut("COPY " + schema + "." + quote(table) + " (" + quoteAll(columns.get(table)) + ") TO STDOUT", file);
          }
        }
        Map<String, Long> sequences = sequences(src, schema);
        load(schema, target, to, columns, sequences, dir, rows);
      } finally {
        src.rollback(); // held until the copy is in: no write reached the source meanwhile
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
    return rows;
  }

  private void load(String schema, DatabaseServers.Server target, SchemaScripts to, Map<String, List<String>> columns,
      Map<String, Long> sequences, Path dir, Map<String, Long> rows) {
    to.replay(schema, "DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema, to.baseline().script(), null);
    to.inTransaction(schema, c -> SchemaRows.reload(c, schema, sequences, (connection, in, tables) -> {
      for (var table : columns.entrySet()) {
        if (!tables.contains(table.getKey()) || !columns(connection, schema, table.getKey()).equals(table.getValue())) {
          throw new TeiaException("tenant.move.shape-differs", schema, table.getKey());
        }
        try (InputStream file = Files.newInputStream(dir.resolve(table.getKey()))) {
          rows.put(table.getKey(), in.copyIn("COPY " + quote(table.getKey()) + " (" + quoteAll(table.getValue())
              + ") FROM STDIN", file));
        }
      }
    }));
  }

  /** Row counts and digests of every table (Liquibase's lock aside) that differ between the two copies. */
  private static List<String> compare(String schema, DatabaseServers.Server source, DatabaseServers.Server target)
      throws SQLException {
    Map<String, String> theirs = digests(source.owner(), schema);
    Map<String, String> ours = digests(target.owner(), schema);
    List<String> problems = new ArrayList<>();
    for (var table : theirs.entrySet()) {
      if (!Objects.equals(table.getValue(), ours.get(table.getKey()))) {
        problems.add("table " + table.getKey() + " differs from the source");
      }
    }
    if (!ours.keySet().equals(theirs.keySet())) {
      problems.add("tables differ from the source: " + theirs.keySet() + " / " + ours.keySet());
    }
    return problems;
  }

  /**
   * Per table: its row count and the MD5 of its rows as text, in the order of that text. The
   * changelog's own dates are compared too: the copy carries the source's history, not a new one.
   */
  private static Map<String, String> digests(DataSource owner, String schema) throws SQLException {
    Map<String, String> digests = new LinkedHashMap<>();
    try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
      for (String table : tables(c, schema)) {
        if (table.equals(LIQUIBASE_LOCK)) {
          continue;
        }
        try (ResultSet rs = st.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM "
            + schema + "." + quote(table) + " t")) {
          rs.next();
          digests.put(table, rs.getString(1));
        }
      }
    }
    return digests;
  }

  /** The source schema leaves the tenant namespace: nothing can route to it, and it is kept for the operator. */
  private static void retire(DatabaseServers.Server source, String schema) {
    try (Connection c = source.owner().getConnection(); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + "_moved CASCADE; ALTER SCHEMA " + schema + " RENAME TO " + schema + "_moved");
    } catch (SQLException e) {
      log.warn("{} moved, but its old schema on {} could not be renamed (drop it by hand): {}", schema, source.key(), e.getMessage());
    }
  }

  private static void dropQuietly(DatabaseServers.Server target, String schema) {
    try (Connection c = target.owner().getConnection(); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      log.warn("could not drop the partial copy of {} on {}: {}", schema, target.key(), e.getMessage());
    }
  }

  void settle(Duration settle) {
    this.settle = settle;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      log.debug("could not delete {}", dir, e);
    }
  }







}
