package br.org.teia.kernel.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A municipality's schema read from PostgreSQL's catalogue and its rows put back by COPY: what a
 * backup's restore and a move to another server both do (ADR 0012, ADR 0024).
 */
final class SchemaRows {

  /** Liquibase's lock row belongs to the schema being written, never to a copy of another one. */
  static final String LIQUIBASE_LOCK = "databasechangeloglock";

  private SchemaRows() {}

  /** Loads the rows of each table of a copy; the tables the schema has are given to check against. */
  @FunctionalInterface
  interface Loader {
    void load(Connection connection, CopyManager copy, List<String> tables) throws SQLException, IOException;
  }

  /**
   * Replaces every row of {@code schema} (its tables already built by the changelog) in the caller's
   * transaction. Rows arrive table by table, in no particular order: foreign keys go away while they
   * load and come back (checked against every row) before the commit; user triggers stay quiet. The
   * rows the changesets inserted, and Liquibase's history with its dates, are replaced by the copy's.
   * Sequences move to the copy's positions, so ids handed out later never collide with copied rows.
   */
  static void reload(Connection connection, String schema, Map<String, Long> sequences, Loader loader)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET LOCAL search_path TO " + schema);
      List<ForeignKey> foreignKeys = foreignKeys(connection, schema);
      for (ForeignKey fk : foreignKeys) {
        statement.execute("ALTER TABLE " + fk.table() + " DROP CONSTRAINT " + fk.name());
      }
      List<String> tables = tables(connection, schema);
      for (String table : tables) {
        statement.execute("ALTER TABLE " + quote(table) + " DISABLE TRIGGER USER");
      }
      statement.execute("TRUNCATE " + quoteAll(tables.stream().filter(t -> !t.equals(LIQUIBASE_LOCK)).toList()));
      try {
        loader.load(connection, connection.unwrap(PGConnection.class).getCopyAPI(), tables);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (var sequence : sequences.entrySet()) {
        try (PreparedStatement setval = connection.prepareStatement("SELECT setval(?::regclass, ?, true)")) {
          setval.setString(1, quote(sequence.getKey()));
          setval.setLong(2, sequence.getValue());
          setval.execute();
        }
      }
      for (String table : tables) {
        statement.execute("ALTER TABLE " + quote(table) + " ENABLE TRIGGER USER");
      }
      for (ForeignKey fk : foreignKeys) {
        statement.execute("ALTER TABLE " + fk.table() + " ADD CONSTRAINT " + fk.name() + " " + fk.definition());
      }
    }
  }

  static List<String> tables(Connection connection, String schema) throws SQLException {
    return strings(connection, """
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND c.relkind IN ('r', 'p') ORDER BY c.relname""", schema);
  }

  /** Stored columns in table order (generated ones are computed again, never copied). */
  static List<String> columns(Connection connection, String schema, String table) throws SQLException {
    return strings(connection, """
        SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        ORDER BY a.attnum""", schema, table);
  }

  /** Each sequence's position (those never used have none). */
  static Map<String, Long> sequences(Connection connection, String schema) throws SQLException {
    Map<String, Long> positions = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = ? AND last_value IS NOT NULL ORDER BY 1")) {
      statement.setString(1, schema);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          positions.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return positions;
  }

  static List<String> strings(Connection connection, String sql, String... params) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setString(i + 1, params[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String quoteAll(List<String> identifiers) {
    return String.join(", ", identifiers.stream().map(SchemaRows::quote).toList());
  }

  /** A foreign key: table and name quoted, definition as PostgreSQL prints it (unqualified within the search_path). */
  private record ForeignKey(String table, String name, String definition) {}

  private static List<ForeignKey> foreignKeys(Connection connection, String schema) throws SQLException {
    List<ForeignKey> keys = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT quote_ident(t.relname), quote_ident(k.conname), pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = ? AND k.contype = 'f' ORDER BY 1, 2""")) {
      statement.setString(1, schema);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return keys;
  }
}
