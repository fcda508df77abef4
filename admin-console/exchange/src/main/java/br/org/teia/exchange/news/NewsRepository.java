package br.org.teia.exchange.news;

import br.org.teia.kernel.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** News, their audience and who read them, in the platform schema (schema-qualified SQL). */
@Repository
class NewsRepository {

  /** A feed row before its attachments are added. */
  record Row(UUID id, NewsKind kind, String title, String html, Instant publishAt, String authorName, boolean unread) {}

  /**
   * Which items a reader sees: published ones ({@code publish_at <= :now}) and, for a
   * municipality's reader ({@code :tenant} not null), only those to every member or to a region of
   * that municipality, and while it is suspended only those published before it was.
   */
  private static final String VISIBLE = " " + """
      n.publish_at <= :now AND (CAST(:tenant AS char(7)) IS NULL OR (
        EXISTS (SELECT 1 FROM platform.tenant t WHERE t.ibge_code = :tenant
                AND (t.status = 'ACTIVE' OR (t.status = 'SUSPENDED' AND n.publish_at <= t.updated_at)))
        AND (n.all_members OR EXISTS (
          SELECT 1 FROM platform.exchange_news_region nr
          JOIN platform.region_municipality rm ON rm.region_id = nr.region_id
          WHERE nr.news_id = n.id AND rm.ibge_code = :tenant))))
      """;

  private final JdbcClient jdbc;

  NewsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, NewsForm form, String html, Instant publishAt, UUID authorId, String authorName) {
    jdbc.sql("""
            INSERT INTO platform.exchange_news (id, kind, title, body_markdown, body_html, all_members, publish_at,
                author_id, author_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, form.kind().name(), form.title(), form.body(), html, form.allMembers(), at(publishAt), authorId,
            authorName)
        .update();
    if (!form.allMembers()) {
      for (UUID region : form.regions()) {
        jdbc.sql("INSERT INTO platform.exchange_news_region (news_id, region_id) VALUES (?, ?)").params(id, region)
            .update();
      }
    }
  }

  List<NewsSummary> all() {
    return all(0, Integer.MAX_VALUE);
  }

  /** {@code limit} items of {@link #all()} from {@code offset} (LIMIT and OFFSET in the SQL). */
  List<NewsSummary> all(int offset, int limit) {
    return jdbc.sql("""
            SELECT n.id, n.kind, n.title, n.publish_at, n.all_members, n.author_name, n.notified_at IS NOT NULL AS notified,
              ARRAY(SELECT s.name || ' — ' || r.name FROM platform.exchange_news_region nr
                    JOIN platform.region r ON r.id = nr.region_id JOIN platform.region_set s ON s.id = r.region_set_id
                    WHERE nr.news_id = n.id ORDER BY 1) AS regions
            FROM platform.exchange_news n ORDER BY n.publish_at DESC, n.id LIMIT ? OFFSET ?""")
        .params(limit, offset)
        .query((rs, n) -> new NewsSummary(rs.getObject("id", UUID.class), NewsKind.valueOf(rs.getString("kind")),
            rs.getString("title"), instant(rs, "publish_at"), rs.getBoolean("all_members"),
            Arrays.asList((String[]) rs.getArray("regions").getArray()), rs.getString("author_name"),
            rs.getBoolean("notified")))
        .list();
  }

  int count() {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_news").query(Integer.class).single();
  }

  /** What {@code reader} sees ({@code tenant} null: every published item), newest first. */
  List<Row> feed(UUID reader, TenantId tenant, Instant now, int limit) {
    return jdbc.sql("""
            SELECT n.id, n.kind, n.title, n.body_html, n.publish_at, n.author_name,
              NOT EXISTS (SELECT 1 FROM platform.exchange_news_read r WHERE r.news_id = n.id AND r.account_id = :reader) AS unread
            FROM platform.exchange_news n WHERE """ + VISIBLE + " ORDER BY n.publish_at DESC LIMIT :limit")
        .param("reader", reader).param("tenant", code(tenant)).param("now", at(now)).param("limit", limit)
        .query((rs, n) -> new Row(rs.getObject("id", UUID.class), NewsKind.valueOf(rs.getString("kind")),
            rs.getString("title"), rs.getString("body_html"), instant(rs, "publish_at"), rs.getString("author_name"),
            rs.getBoolean("unread")))
        .list();
  }

  long unread(UUID reader, TenantId tenant, Instant now) {
    return jdbc.sql("""
            SELECT count(*) FROM platform.exchange_news n WHERE """ + VISIBLE + """
             AND NOT EXISTS (SELECT 1 FROM platform.exchange_news_read r WHERE r.news_id = n.id AND r.account_id = :reader)""")
        .param("reader", reader).param("tenant", code(tenant)).param("now", at(now))
        .query(Long.class).single();
  }

  boolean visible(UUID id, TenantId tenant, Instant now) {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_news n WHERE n.id = :id AND " + VISIBLE)
        .param("id", id).param("tenant", code(tenant)).param("now", at(now)).query(Long.class).single() > 0;
  }

  void markRead(UUID id, UUID reader) {
    jdbc.sql("""
            INSERT INTO platform.exchange_news_read (news_id, account_id) VALUES (?, ?)
            ON CONFLICT (account_id, news_id) DO NOTHING""")
        .params(id, reader).update();
  }

  /** Items whose date has come and whose readers were not notified yet, locked for this transaction. */
  List<NewsSummary> dueForNotice(Instant now) {
    List<UUID> ids = jdbc.sql("""
            SELECT id FROM platform.exchange_news WHERE notified_at IS NULL AND publish_at <= ?
            ORDER BY publish_at FOR UPDATE SKIP LOCKED""")
        .param(at(now)).query(UUID.class).list();
    return all().stream().filter(n -> ids.contains(n.id())).toList();
  }

  void notified(UUID id, Instant now) {
    jdbc.sql("UPDATE platform.exchange_news SET notified_at = ? WHERE id = ?").params(at(now), id).update();
  }

  /**
   * The enabled accounts of active member municipalities the item goes to (every member, or the
   * municipalities of its regions): a suspended municipality's people are not told.
   */
  List<UUID> readers(UUID id) {
    return jdbc.sql("""
            SELECT DISTINCT m.account_id FROM platform.membership m
            JOIN platform.tenant t ON t.ibge_code = m.ibge_code AND t.status = 'ACTIVE'
            JOIN platform.account a ON a.id = m.account_id AND a.enabled
            JOIN platform.exchange_news n ON n.id = :id
            WHERE n.all_members OR EXISTS (
              SELECT 1 FROM platform.exchange_news_region nr
              JOIN platform.region_municipality rm ON rm.region_id = nr.region_id
              WHERE nr.news_id = n.id AND rm.ibge_code = m.ibge_code)""")
        .param("id", id).query(UUID.class).list();
  }

  Optional<String> title(UUID id) {
    return jdbc.sql("SELECT title FROM platform.exchange_news WHERE id = ?").param(id).query(String.class).optional();
  }

  private static String code(TenantId tenant) {
    return tenant == null ? null : tenant.ibgeCode();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }
}
