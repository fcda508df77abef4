package br.org.teia.exchange.news;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.exchange.attachment.AttachmentStore;
import br.org.teia.exchange.attachment.AttachmentStore.Owner;
import br.org.teia.exchange.markdown.Markdown;
import br.org.teia.exchange.region.RegionChoice;
import br.org.teia.exchange.region.Regions;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.tenancy.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Publishing news (association staff) and reading them (every member's people). A reader acting in
 * a municipality sees what goes to every member or to a region of that municipality; association
 * staff see everything published. An item dated in the future stays hidden until then, and its
 * readers are notified when it appears ({@link NewsNotices}).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class NewsService {

  /** The association's time: dates typed and shown are Brasília's. */
  public static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
  static final int FEED_SIZE = 50;

  private final NewsRepository news;
  private final Regions regions;
  private final AttachmentStore attachments;
  private final NewsNotices notices;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Clock clock;

  NewsService(NewsRepository news, Regions regions, AttachmentStore attachments, NewsNotices notices, CurrentUser currentUser,
      AuditLog audit, Clock clock) {
    this.news = news;
    this.regions = regions;
    this.attachments = attachments;
    this.notices = notices;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  /** Publishes (or schedules, when dated in the future) an item; its readers are told once it appears. */
  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public UUID publish(@Valid NewsForm form, List<AttachmentFile> files) {
    if (!regions.allExist(form.regions())) {
      throw new DomainRefusal("regions", "exchange.news.regions.unknown");
    }
    TeiaUser author = currentUser.user().orElseThrow();
    UUID id = UUID.randomUUID();
    Instant publishAt = form.publishAt().atZone(ZONE).toInstant();
    news.insert(id, form, Markdown.toSafeHtml(form.body()), publishAt, author.accountId(), author.displayName());
    attachments.add(Owner.NEWS, id, files);
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_news", id.toString(),
        "published: " + form.kind() + (publishAt.isAfter(clock.instant()) ? " scheduled " + publishAt : ""));
    notices.notifyDue();
    return id;
  }

  @RolesAllowed(ExchangeAccess.PUBLISH)
  public List<NewsSummary> all() {
    return news.all();
  }

  /** {@code limit} items (at most 200) of {@link #all()}, newest first, from {@code offset}. */
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public List<NewsSummary> all(int offset, int limit) {
    return news.all(Math.max(offset, 0), Math.clamp(limit, 1, 200));
  }

  /** How many items {@link #all()} lists. */
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public int count() {
    return news.count();
  }

  @RolesAllowed(ExchangeAccess.PUBLISH)
  public List<RegionChoice> regions() {
    return regions.choices();
  }

  /** The signed-in person's feed, newest first, each item with its unread mark and files. */
  @RolesAllowed(ExchangeAccess.READ)
  public List<NewsItem> feed() {
    UUID reader = currentUser.user().orElseThrow().accountId();
    return news.feed(reader, readerTenant(), clock.instant(), FEED_SIZE).stream()
        .map(row -> new NewsItem(row.id(), row.kind(), row.title(), row.html(), row.publishAt(), row.authorName(),
            row.unread(), attachments.of(Owner.NEWS, row.id())))
        .toList();
  }

  /** How many items of the person's feed they have not opened. */
  @RolesAllowed(ExchangeAccess.READ)
  public long unread() {
    return news.unread(currentUser.user().orElseThrow().accountId(), readerTenant(), clock.instant());
  }

  /** Marks an item the person sees as read (one they do not see is unknown to them). */
  @Transactional
  @RolesAllowed(ExchangeAccess.READ)
  public void markRead(UUID id) {
    visible(id);
    news.markRead(id, currentUser.user().orElseThrow().accountId());
  }

  /** A file of an item the person sees. */
  @RolesAllowed(ExchangeAccess.READ)
  public AttachmentFile attachment(UUID newsId, UUID attachmentId) {
    visible(newsId);
    return attachments.file(Owner.NEWS, newsId, attachmentId)
        .orElseThrow(() -> new NotFoundException("exchange.attachment.not-found"));
  }

  private void visible(UUID id) {
    if (!news.visible(id, readerTenant(), clock.instant())) {
      throw new NotFoundException("exchange.news.not-found");
    }
  }

  /** Null for association staff (they see every item); else the municipality the person acts in. */
  private TenantId readerTenant() {
    if (currentUser.can(ExchangeAccess.PUBLISH)) {
      return null;
    }
    return currentUser.tenant().orElseThrow(() -> new NotFoundException("exchange.news.not-found"));
  }
}
