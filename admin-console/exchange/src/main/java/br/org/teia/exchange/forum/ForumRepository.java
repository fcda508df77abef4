package br.org.teia.exchange.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import br.org.teia.exchange.document.SearchQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The forum's tables in the platform schema (schema-qualified SQL). */
@Repository
class ForumRepository {

  private static final String CONFIG = "'platform.exchange_pt'::regconfig";

  /** Topics whose opening post a reader may see (staff: every topic); replies counted when shown. */
  private static final String TOPICS = """
      SELECT t.id, t.category_id, c.name AS category, t.title, t.author_name, tn.name AS municipality,
             t.created_at, t.last_post_at,
             (SELECT count(*) FROM platform.exchange_forum_post r WHERE r.topic_id = t.id AND NOT r.opening
               AND r.status = 'VISIBLE') AS replies
      FROM platform.exchange_forum_topic t
      JOIN platform.exchange_forum_category c ON c.id = t.category_id
      LEFT JOIN platform.tenant tn ON tn.ibge_code = t.ibge_code
      WHERE (:staff OR EXISTS (SELECT 1 FROM platform.exchange_forum_post o WHERE o.topic_id = t.id AND o.opening
             AND o.status = 'VISIBLE'))
        AND (CAST(:category AS uuid) IS NULL OR t.category_id = :category)
      """;

  private static final String POSTS = """
      SELECT p.*, t.title AS topic_title, tn.name AS municipality,
             (SELECT count(*) FROM platform.exchange_forum_report r WHERE r.post_id = p.id AND NOT r.reviewed) AS reports
      FROM platform.exchange_forum_post p
      JOIN platform.exchange_forum_topic t ON t.id = p.topic_id
      LEFT JOIN platform.tenant tn ON tn.ibge_code = p.ibge_code
      """;

  private final JdbcClient jdbc;

  ForumRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ForumCategory> categories() {
    return jdbc.sql("SELECT id, name, description FROM platform.exchange_forum_category ORDER BY position, name")
        .query((rs, row) -> new ForumCategory(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getString("description")))
        .list();
  }

  boolean categoryExists(UUID id) {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_forum_category WHERE id = ?").param(id)
        .query(Long.class).single() > 0;
  }

  boolean categoryNamed(String name) {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_forum_category WHERE lower(name) = lower(?)").param(name)
        .query(Long.class).single() > 0;
  }

  void insertCategory(UUID id, String name, String description) {
    jdbc.sql("""
            INSERT INTO platform.exchange_forum_category (id, name, description, position)
            VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM platform.exchange_forum_category))""")
        .params(id, name, description).update();
  }

  void insertTopic(UUID id, UUID category, String title, Author author, Instant now) {
    jdbc.sql("""
            INSERT INTO platform.exchange_forum_topic (id, category_id, title, author_id, author_name, ibge_code,
              created_at, last_post_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, category, title, author.id(), author.name(), author.ibgeCode(), at(now), at(now)).update();
  }

  void insertPost(UUID id, UUID topic, boolean opening, Author author, String markdown, String html, Instant now) {
    jdbc.sql("""
            INSERT INTO platform.exchange_forum_post (id, topic_id, opening, author_id, author_name, ibge_code,
              body_markdown, body_html, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, topic, opening, author.id(), author.name(), author.ibgeCode(), markdown, html, at(now)).update();
    jdbc.sql("UPDATE platform.exchange_forum_topic SET last_post_at = ? WHERE id = ?").params(at(now), topic).update();
  }

  /** Indexes the topic's title and opening text for search (accents and Portuguese stems, exchange_pt). */
  void index(UUID topic, String text) {
    jdbc.sql("UPDATE platform.exchange_forum_topic SET search = to_tsvector(" + CONFIG + ", title || ' ' || ?) WHERE id = ?")
        .params(text, topic).update();
  }

  List<TopicSummary> topics(TopicFilter filter, boolean staff, int offset, int limit) {
    return filtered(TOPICS + "%s ORDER BY t.last_post_at DESC, t.id LIMIT :limit OFFSET :offset", filter, staff)
        .param("limit", limit).param("offset", offset)
        .query(ForumRepository::topic).list();
  }

  int countTopics(TopicFilter filter, boolean staff) {
    return filtered("SELECT count(*) FROM (" + TOPICS + "%s) x", filter, staff).query(Integer.class).single();
  }

  Optional<TopicSummary> topic(UUID id, boolean staff) {
    return filtered(TOPICS + "%s AND t.id = :id", TopicFilter.ALL, staff).param("id", id)
        .query(ForumRepository::topic).optional();
  }

  /**
   * {@code sql} with the filter's words in place of its {@code %s}: every word, in its singular or
   * plural (document.SearchQuery: the Portuguese stemmer keeps "eventual" and "eventuais" apart).
   */
  private JdbcClient.StatementSpec filtered(String sql, TopicFilter filter, boolean staff) {
    List<Set<String>> words = SearchQuery.words(filter.text());
    Map<String, Object> params = new HashMap<>();
    StringBuilder match = new StringBuilder();
    for (int w = 0; w < words.size(); w++) {
      List<String> alternatives = new ArrayList<>();
      int f = 0;
      for (String form : words.get(w)) {
        String name = "w" + w + "f" + f++;
        params.put(name, form);
        alternatives.add("plainto_tsquery(" + CONFIG + ", :" + name + ")");
      }
      match.append(" AND t.search @@ (").append(String.join(" || ", alternatives)).append(")");
    }
    return jdbc.sql(sql.formatted(match)).params(params).param("staff", staff).param("category", filter.categoryId());
  }

  List<PostView> posts(UUID topic) {
    return jdbc.sql(POSTS + " WHERE p.topic_id = ? ORDER BY p.opening DESC, p.created_at, p.id").param(topic)
        .query(ForumRepository::post).list();
  }

  Optional<PostView> post(UUID id) {
    return jdbc.sql(POSTS + " WHERE p.id = ?").param(id).query(ForumRepository::post).optional();
  }

  List<PostView> hidden() {
    return hidden(0, Integer.MAX_VALUE);
  }

  /** {@code limit} posts of {@link #hidden()} from {@code offset} (LIMIT and OFFSET in the SQL). */
  List<PostView> hidden(int offset, int limit) {
    return jdbc.sql(POSTS + " WHERE p.status = 'HIDDEN' ORDER BY p.created_at, p.id LIMIT ? OFFSET ?")
        .params(limit, offset).query(ForumRepository::post).list();
  }

  int countHidden() {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_forum_post p WHERE p.status = 'HIDDEN'")
        .query(Integer.class).single();
  }

  /** Records the person's report once; answers whether it is new. */
  boolean report(UUID post, UUID account, String reason, Instant now) {
    return jdbc.sql("""
            INSERT INTO platform.exchange_forum_report (post_id, account_id, reason, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (post_id, account_id) DO NOTHING""")
        .params(post, account, reason, at(now)).update() == 1;
  }

  int openReports(UUID post) {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_forum_report WHERE post_id = ? AND NOT reviewed")
        .param(post).query(Integer.class).single();
  }

  /** Hides a shown post (reports reached the threshold); false when it was not shown. */
  boolean hide(UUID post) {
    return jdbc.sql("UPDATE platform.exchange_forum_post SET status = 'HIDDEN', version = version + 1 WHERE id = ? AND status = 'VISIBLE'")
        .param(post).update() == 1;
  }

  /** Staff's decision, when {@code version} is still the stored one; restoring marks the reports reviewed. */
  boolean moderate(UUID post, int version, PostStatus status, String reason, Instant now) {
    boolean done = jdbc.sql("""
            UPDATE platform.exchange_forum_post SET status = ?, moderation_reason = ?, moderated_at = ?, version = version + 1
            WHERE id = ? AND version = ?""")
        .params(status.name(), reason, at(now), post, version).update() == 1;
    if (done && status == PostStatus.VISIBLE) {
      jdbc.sql("UPDATE platform.exchange_forum_report SET reviewed = true WHERE post_id = ?").param(post).update();
    }
    return done;
  }

  void follow(UUID topic, UUID account) {
    jdbc.sql("INSERT INTO platform.exchange_forum_follow (topic_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .params(topic, account).update();
  }

  void unfollow(UUID topic, UUID account) {
    jdbc.sql("DELETE FROM platform.exchange_forum_follow WHERE topic_id = ? AND account_id = ?").params(topic, account).update();
  }

  boolean follows(UUID topic, UUID account) {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_forum_follow WHERE topic_id = ? AND account_id = ?")
        .params(topic, account).query(Long.class).single() > 0;
  }

  List<UUID> followers(UUID topic) {
    return jdbc.sql("SELECT account_id FROM platform.exchange_forum_follow WHERE topic_id = ?").param(topic)
        .query(UUID.class).list();
  }

  /**
   * Of {@code accounts}, those who may read the forum now: enabled, and association staff or a
   * manager or technician of an active municipality (a suspended municipality's people are not told).
   */
  List<UUID> readers(Collection<UUID> accounts) {
    if (accounts.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            SELECT a.id FROM platform.account a
            WHERE a.enabled AND a.id IN (:ids) AND (
              EXISTS (SELECT 1 FROM platform.account_role r WHERE r.account_id = a.id
                      AND r.role IN ('ASSOCIATION_ADMIN', 'ASSOCIATION_STAFF'))
              OR EXISTS (SELECT 1 FROM platform.membership m JOIN platform.tenant t ON t.ibge_code = m.ibge_code
                      WHERE m.account_id = a.id AND t.status = 'ACTIVE' AND m.role IN ('MUNICIPAL_MANAGER', 'MUNICIPAL_STAFF')))""")
        .param("ids", accounts).query(UUID.class).list();
  }

  /** The accounts with these logins (lower case). */
  List<UUID> accountsNamed(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT id FROM platform.account WHERE username IN (:names)").param("names", usernames)
        .query(UUID.class).list();
  }

  Optional<String> tenantStatus(String ibgeCode) {
    return jdbc.sql("SELECT status FROM platform.tenant WHERE ibge_code = ?").param(ibgeCode).query(String.class).optional();
  }

  private static TopicSummary topic(ResultSet rs, int row) throws SQLException {
    return new TopicSummary(rs.getObject("id", UUID.class), rs.getObject("category_id", UUID.class),
        rs.getString("category"), rs.getString("title"), rs.getString("author_name"), rs.getString("municipality"),
        instant(rs, "created_at"), instant(rs, "last_post_at"), rs.getInt("replies"));
  }

  private static PostView post(ResultSet rs, int row) throws SQLException {
    return new PostView(rs.getObject("id", UUID.class), rs.getObject("topic_id", UUID.class), rs.getString("topic_title"),
        rs.getBoolean("opening"), rs.getObject("author_id", UUID.class), rs.getString("author_name"),
        rs.getString("municipality"), rs.getString("body_html"), PostStatus.valueOf(rs.getString("status")),
        rs.getString("moderation_reason"), instant(rs, "created_at"), rs.getInt("reports"), rs.getInt("version"));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Who writes: the account, the name shown, and the municipality acted in (null for staff). */
  record Author(UUID id, String name, String ibgeCode) {}
}
