package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.internal.ApplicationRole;
import br.org.teia.kernel.tenancy.internal.SchemaOwnerConfiguration;
import br.org.teia.kernel.tenancy.internal.SchemaPerTenantConnectionProvider;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL servers municipalities live on (ADR 0024). {@value #MAIN} is the server of the
 * application's own DataSource: it holds the platform schema (catalogue, accounts, audit, the
 * indicator rollup) and may hold municipalities. Others are declared in configuration only, so the
 * catalogue ({@code platform.tenant.server_key}) holds a key and never a URL or a password:
 * <pre>
 *   teia.database.servers.s2.url=jdbc:postgresql://db2:5432/teia
 *   teia.database.servers.s2.username=teia_app          # the application role there (ADR 0011)
 *   teia.database.servers.s2.password=...
 *   teia.database.servers.s2.owner-username=teia_owner  # the owner role there (schema work)
 *   teia.database.servers.s2.owner-password=...
 *   teia.database.servers.s2.placement=open             # open (default) or closed to new municipalities
 *   teia.database.main.placement=open                   # the same for the main server
 * </pre>
 * Each server has its two pools: the application role's (one Hikari pool, connections pointed at the
 * empty schema) and the owner's (idle when no schema work runs). With no server declared, nothing
 * changes: one pool, no routing, no lookup.
 */
@Component
public class DatabaseServers implements DisposableBean {

  public static final String MAIN = "main";
  /** How long a node trusts what the catalogue said about a municipality's server (a move waits twice that). */
  public static final Duration ROUTE_CACHE = Duration.ofSeconds(2);

  /** One server: its key, the application role's pool and name, the owner's pool, open for placement or not. */
  public record Server(String key, DataSource application, String applicationRole, DataSource owner, boolean open) {}

  /** Where a tenant schema's connections go, and whether its municipality is being moved (read-only). */
  public record Route(Server server, boolean readOnly) {}

  /** The configuration of one extra server. */
  public record Settings(String url, String username, String password, String ownerUsername, String ownerPassword,
      String placement, Integer maximumPoolSize) {}

  private final Map<String, Server> servers = new LinkedHashMap<>();
  private final List<HikariDataSource> pools = new ArrayList<>();
  private final DataSource main;
  private final Map<String, CachedRoute> routes = new ConcurrentHashMap<>();

  private record CachedRoute(Route route, long until) {}

  DatabaseServers(DataSource dataSource, @Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner,
      ApplicationRole application, Environment environment) {
    this.main = dataSource;
    Binder binder = Binder.get(environment);
    boolean mainOpen = !"closed".equals(binder.bind("teia.database.main.placement", String.class).orElse("open"));
    servers.put(MAIN, new Server(MAIN, dataSource, application.name(), owner, mainOpen));
    Map<String, Settings> extra = declared(binder);
    try {
      extra.forEach((key, settings) -> servers.put(key, open(key, settings)));
    } catch (RuntimeException e) {
      destroy();
      throw e;
    }
  }

  /** The extra servers of the configuration, in properties or environment variables. */
  static Map<String, Settings> declared(Binder binder) {
    return binder.bind("teia.database.servers", Bindable.mapOf(String.class, Settings.class)).orElse(Map.of());
  }

  private Server open(String key, Settings s) {
    // No '_' nor '-': the key must survive environment variables (TEIA_DATABASE_SERVERS_S2_URL).
    if (!key.matches("[a-z][a-z0-9]{0,39}") || key.equals(MAIN)) {
      throw new IllegalStateException("teia.database.servers." + key + ": a key is lower-case letters and digits, "
          + "starting with a letter, at most 40, and not '" + MAIN + "'");
    }
    if (blank(s.url()) || blank(s.username()) || blank(s.ownerUsername())) {
      throw new IllegalStateException("teia.database.servers." + key + " needs url, username (the application role) and "
          + "owner-username (the owner role), as the main server does (ADR 0011, infra/db-roles.sql)");
    }
    HikariDataSource application = pool(key + "-app", s.url(), s.username(), s.password(),
        s.maximumPoolSize() == null ? 10 : s.maximumPoolSize(), 1);
    HikariDataSource owner = pool(key + "-owner", s.url(), s.ownerUsername(), s.ownerPassword(), 4, 0);
    List<String> problems = ApplicationRole.problems(application);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Teia refuses the application role of database server " + key + ": "
          + String.join("; ", problems) + " (create it with infra/db-roles.sql)");
    }
    String role = currentUser(application);
    try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
      // The empty schema idle connections point at, as on the main server (PlatformSchema).
      st.execute("CREATE SCHEMA IF NOT EXISTS " + SchemaPerTenantConnectionProvider.NO_TENANT
          + "; GRANT USAGE ON SCHEMA " + SchemaPerTenantConnectionProvider.NO_TENANT + " TO \""
          + role.replace("\"", "\"\"") + "\"");
    } catch (SQLException e) {
      throw new IllegalStateException("database server " + key + ": cannot prepare it as its owner role: " + e.getMessage(), e);
    }
    return new Server(key, application, role, owner, !"closed".equals(s.placement()));
  }

  private HikariDataSource pool(String name, String url, String user, String password, int max, int minIdle) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("teia-" + name);
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(max);
    config.setMinimumIdle(minIdle);
    config.setIdleTimeout(30_000);
    config.setMaxLifetime(600_000);
    config.setAutoCommit(true);
    config.setConnectionInitSql("SET search_path TO " + SchemaPerTenantConnectionProvider.NO_TENANT);
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    return pool;
  }

  /** Whether only the main server is configured: then nothing is routed. */
  public boolean single() {
    return servers.size() == 1;
  }

  public Collection<Server> all() {
    return servers.values();
  }

  public Server main() {
    return servers.get(MAIN);
  }

  /** The server of that key; an unknown key is refused in Portuguese. */
  public Server require(String key) {
    Server server = servers.get(key);
    if (server == null) {
      throw new TeiaException("tenant.server.unknown", key, String.join(", ", servers.keySet()));
    }
    return server;
  }

  /**
   * The placement rule (ADR 0024): among the servers open for placement, the one holding the fewest
   * municipalities (the catalogue's rows, failed and suspended ones included: they hold a schema);
   * a tie goes to the main server, then to the first declared.
   */
  public Server place(Map<String, Long> municipalitiesByServer) {
    return place(servers.values(), municipalitiesByServer);
  }

  static Server place(Collection<Server> candidates, Map<String, Long> municipalitiesByServer) {
    Server chosen = null;
    long fewest = Long.MAX_VALUE;
    for (Server server : candidates) {
      long count = municipalitiesByServer.getOrDefault(server.key(), 0L);
      if (server.open() && count < fewest) {
        chosen = server;
        fewest = count;
      }
    }
    if (chosen == null) {
      throw new TeiaException("tenant.server.none-open");
    }
    return chosen;
  }

  /**
   * Where connections to a tenant schema go, read from the catalogue on the main server and trusted
   * for {@link #ROUTE_CACHE}. A schema not in the catalogue (a test's or a crashed onboarding's) goes
   * to the main server.
   */
  public Route route(String schema) {
    if (single()) {
      return new Route(main(), false);
    }
    long now = System.nanoTime();
    CachedRoute cached = routes.get(schema);
    if (cached != null && cached.until() - now > 0) {
      return cached.route();
    }
    Route route;
    try (Connection c = main.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT server_key, moving_to FROM platform.tenant WHERE schema_name = ?")) {
      st.setString(1, schema);
      try (ResultSet rs = st.executeQuery()) {
        route = rs.next() ? new Route(require(rs.getString(1)), rs.getString(2) != null) : new Route(main(), false);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read on which server " + schema + " lives: " + e.getMessage(), e);
    }
    routes.put(schema, new CachedRoute(route, now + ROUTE_CACHE.toNanos()));
    return route;
  }

  /** Whether the tenant's schema lives on another server than the platform schema. */
  public boolean offMain(TenantId tenant) {
    return !single() && !route(tenant.schemaName()).server().key().equals(MAIN);
  }

  /** Forgets what this node knew of a schema's server (after this node changed it). */
  public void forget(String schema) {
    routes.remove(schema);
  }

  /**
   * Whether a failure is PostgreSQL refusing a write in a read-only transaction (SQLSTATE 25006):
   * what a save meets while its municipality moves.
   */
  public static boolean readOnlyRefusal(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && "25006".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static String currentUser(DataSource dataSource) {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT current_user")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect: " + e.getMessage(), e);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public void destroy() {
    pools.forEach(HikariDataSource::close);
  }
}
