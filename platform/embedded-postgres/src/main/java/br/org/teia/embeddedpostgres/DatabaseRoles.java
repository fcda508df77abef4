package br.org.teia.embeddedpostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * Teia's two database roles (ADR 0011), made by running {@code infra/db-roles.sql} (packaged in
 * this jar) as a superuser: the owner, which creates and migrates the schemas, and the application
 * role the running application connects as. The embedded PostgreSQL and the tests' PostgreSQL
 * (test-infra) run the very script an operator runs with psql on an external PostgreSQL.
 */
public final class DatabaseRoles {

  /** A role and its password. */
  public record Login(String user, String password) {

    /** A role with a fresh random password (192 bits, URL-safe Base64). */
    public static Login generated(String user) {
      byte[] secret = new byte[24];
      RANDOM.nextBytes(secret);
      return new Login(user, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    @Override
    public String toString() {
      return user; // never the password, in logs or test reports
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SCRIPT = "db-roles.sql";

  private DatabaseRoles() {}

  /**
   * Creates (or updates) both roles and their database privileges, on the database {@code superuser}
   * is connected to; objects of Teia's schemas owned by another role are handed to the owner.
   */
  public static void create(Connection superuser, Login owner, Login app) throws SQLException {
    String sql = script()
        .replace(":'owner_password'", literal(owner.password()))
        .replace(":'app_password'", literal(app.password()))
        .replace(":'owner'", literal(owner.user()))
        .replace(":'app'", literal(app.user()));
    try (Statement statement = superuser.createStatement()) {
      statement.execute(sql);
    }
  }

  /** An SQL string literal (standard_conforming_strings, PostgreSQL's default since 9.1). */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String script() {
    try (InputStream in = DatabaseRoles.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
