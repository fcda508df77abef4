package br.org.teia.kernel.web;

import br.org.teia.kernel.tenancy.TenantDataWritten;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantLifecycleChanged;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.cache.Cache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A municipality's public pages ({@code /publico/{ibge}/...}, ADR 0019) kept rendered: the same
 * address, query and language is answered from memory, without a query or a template, until any of
 * the municipality's data changes. Each town has a version token; a page is kept under its town's
 * token, and a write of the town's data (every Hibernate write statement, {@link TenantDataWritten})
 * or a change of its place in the catalogue (suspended, restored) drops the token after the commit,
 * so the next visitor gets a fresh render. The tokens live in the application's cache (Redis when
 * several nodes share it, so a change on one node reaches the others); the rendered bytes stay in
 * each node's memory. Only answers a page marked cacheable itself (200 with an ETag) are kept.
 */
public class PublicPageCache extends OncePerRequestFilter implements TenantDataWritten {

  /** The application cache holding each town's version token. */
  public static final String VERSIONS = "public-page-versions";
  public static final String METER = "teia.public.pages";
  /** {@code /publico/3106200/conselhos/CMAS}: the town is the path's second segment. */
  static final Pattern TOWN_PAGE = Pattern.compile("^/publico/(\\d{7})(?:/.*)?$");
  /** Longer queries are not kept: nobody links to them and they would only fill the memory. */
  static final int LONGEST_KEPT_QUERY = 200;
  /** Headers of one answer, not of the page: never kept (a cookie would leak to the next visitor). */
  private static final java.util.Set<String> NOT_KEPT = java.util.Set.of("set-cookie", "content-length", "date",
      "transfer-encoding", "connection", "keep-alive");

  private final CacheManager caches;
  private final CacheErrorHandler cacheErrors;
  private final com.github.benmanes.caffeine.cache.Cache<String, Page> pages;
  private final Counter hits;
  private final Counter misses;

  PublicPageCache(CacheManager caches, CacheErrorHandler cacheErrors, MeterRegistry registry, long maximumBytes, Duration idle) {
    this.caches = caches;
    this.cacheErrors = cacheErrors;
    this.pages = Caffeine.newBuilder()
        .maximumWeight(maximumBytes)
        .weigher((String key, Page page) -> key.length() + page.body().length)
        .expireAfterAccess(idle)
        .build();
    this.hits = Counter.builder(METER).tag("result", "hit").description("Public pages answered from memory").register(registry);
    this.misses = Counter.builder(METER).tag("result", "miss").description("Public pages rendered").register(registry);
  }

  /** A rendered answer: its headers and bytes. */
  record Page(Map<String, String> headers, byte[] body) {}

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        || town(request.getRequestURI()).isEmpty()
        || (request.getQueryString() != null && request.getQueryString().length() > LONGEST_KEPT_QUERY);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    TenantId town = town(request.getRequestURI()).orElseThrow();
    String key = version(town) + " " + PublicPages.lang(PublicPages.locale(request)) + " " + request.getRequestURI()
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    Page kept = pages.getIfPresent(key);
    if (kept != null) {
      hits.increment();
      kept.headers().forEach(response::setHeader);
      if (new ServletWebRequest(request, response).checkNotModified(kept.headers().get(HttpHeaders.ETAG))) {
        return;
      }
      response.setContentLength(kept.body().length);
      if ("GET".equals(request.getMethod())) {
        response.getOutputStream().write(kept.body());
      }
      return;
    }
    misses.increment();
    ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, rendered);
    String etag = rendered.getHeader(HttpHeaders.ETAG);
    if (rendered.getStatus() == HttpServletResponse.SC_OK && etag != null && "GET".equals(request.getMethod())) {
      // Every header the page set (its type, ETag, caching, a download's file name), but per-answer ones.
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      rendered.getHeaderNames().stream().filter(name -> !NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT)))
          .forEach(name -> Optional.ofNullable(rendered.getHeader(name)).ifPresent(value -> headers.put(name, value)));
      if (rendered.getContentType() != null) {
        headers.put(HttpHeaders.CONTENT_TYPE, rendered.getContentType());
      }
      pages.put(key, new Page(Map.copyOf(headers), rendered.getContentAsByteArray()));
    }
    rendered.copyBodyToResponse();
  }

  /** Pages rendered since start (misses), as counted in {@value #METER}. */
  public long rendered() {
    return (long) misses.count();
  }

  /** Pages answered from memory since start (hits). */
  public long fromMemory() {
    return (long) hits.count();
  }

  /** A write of {@code tenant}'s data: its pages are stale once the transaction commits (at once outside one). */
  @Override
  public void written(TenantId tenant) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      drop(tenant);
      return;
    }
    String marker = VERSIONS + ":" + tenant.schemaName();
    if (TransactionSynchronizationManager.hasResource(marker)) {
      return; // already to be dropped after this transaction: once is enough
    }
    TransactionSynchronizationManager.bindResource(marker, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(marker);
        if (status == STATUS_COMMITTED) {
          drop(tenant);
        }
      }
    });
  }

  /** Suspended, reactivated, restored: what its pages answer changes with its place in the catalogue. */
  @EventListener
  void lifecycleChanged(TenantLifecycleChanged changed) {
    written(changed.tenant());
  }

  /**
   * The town's current token, a new one when it has none (first visit, or dropped by a change). A
   * cache that cannot be reached gives a new token every time: every visit renders (ADR 0004).
   */
  String version(TenantId town) {
    Cache versions = caches.getCache(VERSIONS);
    String fresh = UUID.randomUUID().toString();
    try {
      Cache.ValueWrapper existing = versions.putIfAbsent(town.schemaName(), fresh);
      return existing == null || existing.get() == null ? fresh : String.valueOf(existing.get());
    } catch (RuntimeException e) {
      cacheErrors.handleCacheGetError(e, versions, town.schemaName());
      return fresh;
    }
  }

  /** A drop lost while the cache is down leaves the town's pages stale for at most the cache's TTL (ADR 0004). */
  private void drop(TenantId tenant) {
    Cache versions = caches.getCache(VERSIONS);
    try {
      versions.evictIfPresent(tenant.schemaName()); // immediate, even through the after-commit cache proxy
    } catch (RuntimeException e) {
      cacheErrors.handleCacheEvictError(e, versions, tenant.schemaName());
    }
  }

  /** On by default; {@code teia.public-pages.cache=false} renders every visit (to measure against). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = "teia.public-pages.cache", matchIfMissing = true)
  static class Registration {

    /** Inside Spring Security's chains (order -100), so a page from memory gets the same headers. */
    static final int ORDER = 0;
    /** Rendered pages a node keeps: a council page is ~20 kB, so a few thousand towns' pages. */
    static final long MAXIMUM_BYTES = 64L * 1024 * 1024;
    static final Duration IDLE = Duration.ofMinutes(10);

    @Bean
    PublicPageCache publicPageCache(CacheManager caches, CacheErrorHandler cacheErrors, ObjectProvider<MeterRegistry> registry) {
      return new PublicPageCache(caches, cacheErrors,
          registry.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new), MAXIMUM_BYTES, IDLE);
    }

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
      var registration = new FilterRegistrationBean<>(cache);
      registration.setOrder(ORDER);
      registration.addUrlPatterns("/publico/*");
      return registration;
    }
  }

  static Optional<TenantId> town(String path) {
    Matcher matcher = TOWN_PAGE.matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TenantId.of(matcher.group(1)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
