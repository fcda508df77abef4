package br.org.teia.exchange.attachment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attached files in the platform schema, by owner (a news item or a practice). */
@Component
public class AttachmentStore {

  /** What a file is attached to. */
  public enum Owner { NEWS, PRACTICE }

  private final JdbcClient jdbc;

  AttachmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores {@code files} for the owner, in the caller's transaction. */
  public void add(Owner type, UUID owner, List<AttachmentFile> files) {
    for (AttachmentFile file : files) {
      jdbc.sql("""
              INSERT INTO platform.exchange_attachment (id, owner_type, owner_id, file_name, content_type, size_bytes, content)
              VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(UUID.randomUUID(), type.name(), owner, file.fileName(), file.contentType(), file.content().length,
              file.content())
          .update();
    }
  }

  public List<AttachmentInfo> of(Owner type, UUID owner) {
    return jdbc.sql("""
            SELECT id, file_name, content_type, size_bytes FROM platform.exchange_attachment
            WHERE owner_type = ? AND owner_id = ? ORDER BY created_at, file_name""")
        .params(type.name(), owner)
        .query((rs, n) -> new AttachmentInfo(rs.getObject("id", UUID.class), rs.getString("file_name"),
            rs.getString("content_type"), rs.getInt("size_bytes")))
        .list();
  }

  /** The file {@code id} when it belongs to that owner. */
  public Optional<AttachmentFile> file(Owner type, UUID owner, UUID id) {
    return jdbc.sql("""
            SELECT file_name, content_type, content FROM platform.exchange_attachment
            WHERE id = ? AND owner_type = ? AND owner_id = ?""")
        .params(id, type.name(), owner)
        .query((rs, n) -> new AttachmentFile(rs.getString("file_name"), rs.getString("content_type"),
            rs.getBytes("content")))
        .optional();
  }
}
