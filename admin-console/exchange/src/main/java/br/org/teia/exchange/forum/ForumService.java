package br.org.teia.exchange.forum;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.exchange.forum.ForumRepository.Author;
import br.org.teia.exchange.markdown.Markdown;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.PlainText;
import br.org.teia.kernel.security.TeiaUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The forum as people meet it. Members' managers and technicians and association staff read and
 * write; a suspended municipality's people may read but not write. Texts are Markdown, rendered and
 * sanitised once (OWASP, {@link Markdown}). {@code @login} notifies that person, a reply notifies the
 * topic's followers (its author and whoever replied or chose to follow). A post reported by
 * {@code teia.exchange.forum.report-threshold} different people is hidden until staff restore or
 * remove it, each decision with a reason, in the audit log.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ForumService {

  static final int MAX_BODY = 20_000;
  static final int MAX_REASON = 500;
  public static final int PAGE = 20;

  private final ForumRepository forum;
  private final ForumNotices notices;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Clock clock;
  private final int reportThreshold;

  ForumService(ForumRepository forum, ForumNotices notices, CurrentUser currentUser, AuditLog audit, Clock clock,
      @Value("${teia.exchange.forum.report-threshold:3}") int reportThreshold) {
    if (reportThreshold < 1) {
      throw new IllegalArgumentException("teia.exchange.forum.report-threshold must be 1 or more");
    }
    this.forum = forum;
    this.notices = notices;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
    this.reportThreshold = reportThreshold;
  }

  /** How many different people's reports hide a post. */
  @RolesAllowed(ExchangeAccess.FORUM)
  public int reportThreshold() {
    return reportThreshold;
  }

  @RolesAllowed(ExchangeAccess.FORUM)
  public List<ForumCategory> categories() {
    return forum.categories();
  }

  /** Staff add a category. */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public UUID addCategory(String name, String description) {
    String text = name == null ? "" : name.strip();
    if (text.isEmpty() || text.length() > 100 || !PlainText.isAllowed(text)) {
      throw new DomainRefusal("name", "exchange.forum.category.name.invalid");
    }
    if (forum.categoryNamed(text)) {
      throw new DomainRefusal("name", "exchange.forum.category.name.taken", text);
    }
    String about = description == null ? "" : description.strip();
    if (about.length() > 300 || !PlainText.isAllowed(about)) {
      throw new DomainRefusal("description", "exchange.forum.category.description.size");
    }
    UUID id = UUID.randomUUID();
    forum.insertCategory(id, text, about);
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_forum_category", id.toString(), "added");
    return id;
  }

  /** A page of the topics matching {@code filter}, latest activity first. */
  @RolesAllowed(ExchangeAccess.FORUM)
  public List<TopicSummary> topics(TopicFilter filter, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new TeiaException("exchange.forum.page.invalid");
    }
    return forum.topics(filter, staff(), offset, Math.min(limit, 100));
  }

  @RolesAllowed(ExchangeAccess.FORUM)
  public int countTopics(TopicFilter filter) {
    return forum.countTopics(filter, staff());
  }

  /** A topic with its posts: a hidden or removed post's text only for staff. */
  @RolesAllowed(ExchangeAccess.FORUM)
  public TopicDetail topic(UUID id) {
    boolean staff = staff();
    TopicSummary topic = forum.topic(id, staff).orElseThrow(ForumService::topicNotFound);
    List<PostView> posts = forum.posts(id).stream().map(p -> staff || p.status() == PostStatus.VISIBLE ? p
        : new PostView(p.id(), p.topicId(), p.topicTitle(), p.opening(), p.authorId(), p.authorName(), p.municipality(),
            null, p.status(), null, p.createdAt(), 0, p.version())).toList();
    return new TopicDetail(topic, posts, forum.follows(id, me().accountId()));
  }

  /** Opens a topic; its author follows it. */
  @Transactional
  @RolesAllowed(ExchangeAccess.FORUM)
  public UUID open(@Valid TopicForm form) {
    Author author = author();
    if (!forum.categoryExists(form.categoryId())) {
      throw new DomainRefusal("categoryId", "exchange.forum.category.required");
    }
    String body = text(form.body());
    if (!PlainText.isAllowed(form.title())) {
      throw new DomainRefusal("title", "exchange.forum.title.required");
    }
    UUID topic = UUID.randomUUID();
    forum.insertTopic(topic, form.categoryId(), form.title(), author, clock.instant());
    forum.insertPost(UUID.randomUUID(), topic, true, author, body, Markdown.toSafeHtml(body), clock.instant());
    forum.index(topic, body);
    forum.follow(topic, author.id());
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_forum_topic", topic.toString(), "opened");
    notices.mentioned(mentioned(body, author), author.name(), form.title(), topic);
    return topic;
  }

  /** Replies to a topic: the people it mentions and the topic's followers are told; the author follows it. */
  @Transactional
  @RolesAllowed(ExchangeAccess.FORUM)
  public UUID reply(UUID topicId, @Valid ReplyForm form) {
    Author author = author();
    TopicSummary topic = forum.topic(topicId, staff()).orElseThrow(ForumService::topicNotFound);
    String body = text(form.body());
    UUID post = UUID.randomUUID();
    forum.insertPost(post, topicId, false, author, body, Markdown.toSafeHtml(body), clock.instant());
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_forum_post", post.toString(), "replied");
    Set<UUID> mentioned = mentioned(body, author);
    notices.mentioned(mentioned, author.name(), topic.title(), topicId);
    Set<UUID> followers = new LinkedHashSet<>(forum.readers(forum.followers(topicId)));
    followers.remove(author.id());
    followers.removeAll(mentioned); // told once, of the mention
    notices.replied(followers, author.name(), topic.title(), topicId);
    forum.follow(topicId, author.id());
    return post;
  }

  @Transactional
  @RolesAllowed(ExchangeAccess.FORUM)
  public void follow(UUID topicId) {
    forum.topic(topicId, staff()).orElseThrow(ForumService::topicNotFound);
    forum.follow(topicId, me().accountId());
  }

  @Transactional
  @RolesAllowed(ExchangeAccess.FORUM)
  public void unfollow(UUID topicId) {
    forum.unfollow(topicId, me().accountId());
  }

  /**
   * Reports a shown post as abusive (once per person, not one's own); answers whether the post is
   * now hidden for review because the reports reached the threshold.
   */
  @Transactional
  @RolesAllowed(ExchangeAccess.FORUM)
  public boolean report(UUID postId, String reason) {
    TeiaUser me = me();
    PostView post = forum.post(postId).filter(p -> p.status() == PostStatus.VISIBLE)
        .orElseThrow(() -> new NotFoundException("exchange.forum.post.not-found"));
    forum.topic(post.topicId(), staff()).orElseThrow(ForumService::topicNotFound);
    if (post.authorId().equals(me.accountId())) {
      throw new TeiaException("exchange.forum.report.own");
    }
    String text = reason == null ? "" : reason.strip();
    if (text.length() > MAX_REASON || !PlainText.isAllowed(text)) {
      throw new DomainRefusal("reason", "exchange.forum.reason.size", MAX_REASON);
    }
    if (!forum.report(postId, me.accountId(), text, clock.instant())) {
      throw new TeiaException("exchange.forum.report.twice");
    }
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_forum_post", postId.toString(), "reported");
    if (forum.openReports(postId) >= reportThreshold && forum.hide(postId)) {
      audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_forum_post", postId.toString(),
          "hidden for review after " + reportThreshold + " reports");
      return true;
    }
    return false;
  }

  /** Posts hidden by reports, waiting for staff, oldest first. */
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public List<PostView> hidden() {
    return forum.hidden();
  }

  /** {@code limit} posts (at most 200) of {@link #hidden()} from {@code offset}. */
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public List<PostView> hidden(int offset, int limit) {
    return forum.hidden(Math.max(offset, 0), Math.clamp(limit, 1, 200));
  }

  /** How many posts {@link #hidden()} lists. */
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public int countHidden() {
    return forum.countHidden();
  }

  /** Staff show a hidden or removed post again; its reports are marked reviewed. */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public void restore(UUID postId, int version, String reason) {
    moderate(postId, version, PostStatus.VISIBLE, reason, "restored");
  }

  /** Staff remove a post for good (its text stays for the record, shown to staff only). */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public void remove(UUID postId, int version, String reason) {
    moderate(postId, version, PostStatus.REMOVED, reason, "removed");
  }

  private void moderate(UUID postId, int version, PostStatus status, String reason, String what) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new DomainRefusal("reason", "exchange.forum.reason.required");
    }
    if (text.length() > MAX_REASON || !PlainText.isAllowed(text)) {
      throw new DomainRefusal("reason", "exchange.forum.reason.size", MAX_REASON);
    }
    forum.post(postId).orElseThrow(() -> new NotFoundException("exchange.forum.post.not-found"));
    if (!forum.moderate(postId, version, status, text, clock.instant())) {
      throw new TeiaException("exchange.forum.post.changed");
    }
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_forum_post", postId.toString(), what + ": " + text);
  }

  /** The person writing, refused when their municipality is not active (suspended). */
  private Author author() {
    TeiaUser me = me();
    if (staff()) {
      return new Author(me.accountId(), me.displayName(), null);
    }
    String ibge = currentUser.tenant().orElseThrow(() -> new TeiaException("exchange.forum.no-municipality")).ibgeCode();
    if (!forum.tenantStatus(ibge).map("ACTIVE"::equals).orElse(false)) {
      throw new TeiaException("exchange.forum.suspended");
    }
    return new Author(me.accountId(), me.displayName(), ibge);
  }

  private Set<UUID> mentioned(String body, Author author) {
    Set<UUID> people = new LinkedHashSet<>(forum.readers(forum.accountsNamed(Mentions.in(body))));
    people.remove(author.id());
    return people;
  }

  private static String text(String body) {
    if (!PlainText.isAllowed(body)) {
      throw new DomainRefusal("body", "exchange.forum.body.required");
    }
    return body.strip();
  }

  private boolean staff() {
    return currentUser.can(ExchangeAccess.PUBLISH);
  }

  private TeiaUser me() {
    return currentUser.user().orElseThrow();
  }

  private static NotFoundException topicNotFound() {
    return new NotFoundException("exchange.forum.topic.not-found");
  }
}
