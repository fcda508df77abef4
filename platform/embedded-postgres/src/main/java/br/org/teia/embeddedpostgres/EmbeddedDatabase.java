package br.org.teia.embeddedpostgres;

import br.org.teia.embeddedpostgres.DatabaseRoles.Login;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL with Teia's two roles (ADR 0011). The first start generates a password
 * for the superuser, the owner ({@value #OWNER}) and the application role ({@value #APP}), keeps
 * them in {@value #CREDENTIALS} in the data folder (readable by this user only) and then requires
 * them of every connection (scram-sha-256 in pg_hba.conf instead of the initial trust). Every start
 * runs the roles script again, so a data folder made before the roles existed is converted.
 */
record EmbeddedDatabase(EmbeddedPostgres postgres, Login owner, Login app) implements AutoCloseable {

  static final String OWNER = "teia_owner";
  static final String APP = "teia_app";
  static final String DATABASE = "postgres";
  static final String CREDENTIALS = "teia-credentials.properties";
  static final String HBA = """
      # Written by Teia (platform/embedded-postgres): every role signs in with its password, kept in
      # %s in this folder.
      local   all   all                  scram-sha-256
      host    all   all   127.0.0.1/32   scram-sha-256
      host    all   all   ::1/128        scram-sha-256
      """.formatted(CREDENTIALS);
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
    Path credentialsFile = dataDir.resolve(CREDENTIALS);
    boolean known = Files.exists(credentialsFile);
    Properties credentials = known ? read(credentialsFile) : generated();
    EmbeddedPostgres postgres;
    try {
      postgres = EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setPort(port)
          .setConnectConfig("password", credentials.getProperty("superuser.password"))
          // zonky's defaults are for throwaway test servers: -F (fsync off) and synchronous_commit off.
          // This is the application's own database: a commit is on disk before it returns.
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .start();
    } catch (IOException e) {
      throw new IOException("embedded PostgreSQL in " + dataDir + " did not start"
          + (known ? "" : " (if it asks for passwords, " + credentialsFile + " was lost: the data folder cannot be opened without it)"), e);
    }
    try {
      if (!known) {
        write(credentialsFile, credentials); // before the passwords are set: a crash leaves them known
      }
      keepPrivate(credentialsFile);
      Login owner = new Login(credentials.getProperty("owner.username"), credentials.getProperty("owner.password"));
      Login app = new Login(credentials.getProperty("app.username"), credentials.getProperty("app.password"));
      requirePasswords(postgres, dataDir, credentials.getProperty("superuser.password"), owner, app);
      return new EmbeddedDatabase(postgres, owner, app);
    } catch (IOException | RuntimeException e) {
      postgres.close();
      throw e;
    }
  }

  /** The roles script, the superuser's password, then pg_hba.conf asking every connection for its password. */
  private static void requirePasswords(EmbeddedPostgres postgres, Path dataDir, String superuserPassword,
      Login owner, Login app) throws IOException {
    try (Connection superuser = postgres.getPostgresDatabase().getConnection();
        Statement statement = superuser.createStatement()) {
      DatabaseRoles.create(superuser, owner, app);
      statement.execute("ALTER ROLE postgres PASSWORD " + DatabaseRoles.literal(superuserPassword));
      Path hba = dataDir.resolve("pg_hba.conf");
      if (!HBA.equals(Files.readString(hba))) {
        Files.writeString(hba, HBA); // in place: the server's file keeps its owner and mode
        statement.execute("SELECT pg_reload_conf()");
        log.info("embedded PostgreSQL now asks every connection for its password (kept in {})",
            dataDir.resolve(CREDENTIALS));
      }
    } catch (SQLException e) {
      throw new IOException("cannot set up the roles of the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private static Properties generated() {
    Properties credentials = new Properties();
    credentials.setProperty("superuser.password", Login.generated("postgres").password());
    Login owner = Login.generated(OWNER);
    Login app = Login.generated(APP);
    credentials.setProperty("owner.username", owner.user());
    credentials.setProperty("owner.password", owner.password());
    credentials.setProperty("app.username", app.user());
    credentials.setProperty("app.password", app.password());
    return credentials;
  }

  private static Properties read(Path file) throws IOException {
    Properties credentials = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      credentials.load(in);
    }
    for (String key : new String[] {"superuser.password", "owner.username", "owner.password", "app.username", "app.password"}) {
      if (credentials.getProperty(key, "").isBlank()) {
        throw new IOException(file + " lacks " + key);
      }
    }
    return credentials;
  }

  /** Written to a private temporary file, then moved in place: never readable by others, never half written. */
  private static void write(Path file, Properties credentials) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".new");
    Files.deleteIfExists(temporary);
    Files.createFile(temporary);
    keepPrivate(temporary);
    try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      credentials.store(out, "Passwords of Teia's embedded PostgreSQL, generated on its first start (ADR 0011). Keep private.");
    }
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void keepPrivate(Path file) {
    try {
      if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } catch (UnsupportedOperationException e) {
      log.warn("cannot restrict the permissions of {} on this file system: keep it private", file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
