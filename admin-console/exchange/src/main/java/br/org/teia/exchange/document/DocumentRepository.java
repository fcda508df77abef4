package br.org.teia.exchange.document;

import br.org.teia.exchange.attachment.AttachmentFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The library in the platform schema (schema-qualified SQL, the search configuration too). */
@Repository
class DocumentRepository {

  static final String CONFIG = "'platform.exchange_pt'::regconfig";

  private static final String SELECT = """
      SELECT d.id, d.title, d.description, d.folder, d.tags, d.downloads, d.updated_at,
        v.version, v.file_name, v.size_bytes
      FROM platform.exchange_document d
      JOIN platform.exchange_document_version v ON v.document_id = d.id
        AND v.version = (SELECT max(version) FROM platform.exchange_document_version WHERE document_id = d.id)
      """;

  private final JdbcClient jdbc;

  DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, DocumentForm form, String text) {
    jdbc.sql("""
            INSERT INTO platform.exchange_document (id, title, description, folder, tags, content_text)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(id, form.title(), form.description() == null ? "" : form.description(), form.folder(),
            form.tagList().toArray(String[]::new), text)
        .update();
    index(id);
  }

  /** Recomputes the document's search vector from its title, description, tags and text. */
  private void index(UUID id) {
    jdbc.sql("UPDATE platform.exchange_document SET search = "
            + "setweight(to_tsvector(" + CONFIG + ", title), 'A') "
            + "|| setweight(to_tsvector(" + CONFIG + ", description), 'B') "
            + "|| setweight(to_tsvector(" + CONFIG + ", array_to_string(tags, ' ')), 'B') "
            + "|| setweight(to_tsvector(" + CONFIG + ", content_text), 'C') WHERE id = ?")
        .param(id).update();
  }

  /** Adds the next version and makes its text the document's. */
  int addVersion(UUID id, AttachmentFile file, String text, String author) {
    jdbc.sql("SELECT id FROM platform.exchange_document WHERE id = ? FOR UPDATE").param(id).query(UUID.class).single();
    int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM platform.exchange_document_version WHERE document_id = ?")
        .param(id).query(Integer.class).single();
    jdbc.sql("""
            INSERT INTO platform.exchange_document_version (document_id, version, file_name, content_type, size_bytes,
              content, author_name)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, version, file.fileName(), file.contentType(), file.content().length, file.content(), author)
        .update();
    jdbc.sql("UPDATE platform.exchange_document SET content_text = ?, updated_at = now() WHERE id = ?")
        .params(text, id).update();
    index(id);
    return version;
  }

  boolean exists(UUID id) {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_document WHERE id = ?").param(id).query(Long.class).single() > 0;
  }

  /**
   * Documents of {@code folder} (null: all) whose text has every word in one of its forms, best
   * match first; newest first without words.
   */
  List<DocumentSummary> search(List<Set<String>> words, String folder) {
    return search(words, folder, 0, Integer.MAX_VALUE);
  }

  /** {@code limit} documents of {@link #search(List, String)} from {@code offset} (LIMIT and OFFSET in the SQL). */
  List<DocumentSummary> search(List<Set<String>> words, String folder, int offset, int limit) {
    List<Object> all = new ArrayList<>();
    String match = match(words, all);
    StringBuilder sql = new StringBuilder(SELECT).append(where(match, folder, all));
    if (!match.isEmpty()) {
      sql.append(" ORDER BY ts_rank(d.search, ").append(match).append(") DESC, d.updated_at DESC, d.id");
      match(words, all);
    } else {
      sql.append(" ORDER BY d.updated_at DESC, d.id");
    }
    if (limit < Integer.MAX_VALUE) {
      sql.append(" LIMIT ? OFFSET ?");
      all.add(limit);
      all.add(offset);
    }
    return jdbc.sql(sql.toString()).params(all).query(DocumentRepository::map).list();
  }

  /** How many documents {@link #search(List, String)} finds. */
  int count(List<Set<String>> words, String folder) {
    List<Object> all = new ArrayList<>();
    String where = where(match(words, all), folder, all);
    return jdbc.sql("SELECT count(*) FROM (" + SELECT + where + ") found").params(all).query(Integer.class).single();
  }

  /** The full-text condition for {@code words} ("" for none), its parameters added to {@code params}. */
  private static String match(List<Set<String>> words, List<Object> params) {
    return words.stream().map(forms -> forms.stream().map(form -> {
      params.add(form);
      return "plainto_tsquery(" + CONFIG + ", ?)";
    }).collect(Collectors.joining(" || ", "(", ")"))).collect(Collectors.joining(" && "));
  }

  private static String where(String match, String folder, List<Object> params) {
    StringBuilder where = new StringBuilder(" WHERE true");
    if (!match.isEmpty()) {
      where.append(" AND d.search @@ (").append(match).append(")");
    }
    if (folder != null) {
      where.append(" AND lower(d.folder) = lower(?)");
      params.add(folder);
    }
    return where.toString();
  }

  List<String> folders() {
    return jdbc.sql("SELECT DISTINCT folder FROM platform.exchange_document ORDER BY folder").query(String.class).list();
  }

  Optional<DocumentSummary> get(UUID id) {
    return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(DocumentRepository::map).optional();
  }

  /** The current version's file, counting the download. */
  Optional<AttachmentFile> download(UUID id) {
    jdbc.sql("UPDATE platform.exchange_document SET downloads = downloads + 1 WHERE id = ?").param(id).update();
    return jdbc.sql("""
            SELECT file_name, content_type, content FROM platform.exchange_document_version
            WHERE document_id = ? ORDER BY version DESC LIMIT 1""")
        .param(id)
        .query((rs, n) -> new AttachmentFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
        .optional();
  }

  private static DocumentSummary map(ResultSet rs, int row) throws SQLException {
    return new DocumentSummary(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
        rs.getString("folder"), Arrays.asList((String[]) rs.getArray("tags").getArray()), rs.getInt("version"),
        rs.getString("file_name"), rs.getInt("size_bytes"), rs.getInt("downloads"),
        rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
  }
}
