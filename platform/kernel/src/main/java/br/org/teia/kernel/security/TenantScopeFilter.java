package br.org.teia.kernel.security;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.kernel.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Runs every authenticated HTTP request inside the tenant scope of its authentication (UI session
 * or API token), and only there; the scope is closed when the request ends. A request naming
 * another municipality (header {@value #TENANT_HEADER}) than the one it is authenticated for is
 * refused, as is acting in a municipality that is suspended or not active. API requests get the
 * refusal as problem details, pages a short refusal page of their own, in the language of the
 * person's account (Portuguese unless they chose English; never the browser's Accept-Language).
 */
public class TenantScopeFilter extends OncePerRequestFilter {

  public static final String TENANT_HEADER = "X-Teia-Tenant";

  private static final String REFUSAL_PAGE = """
      <!DOCTYPE html>
      <html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
      <body><main><h1>%s</h1><p>%s</p><form method="post" action="/logout">%s<button type="submit">%s</button></form></main></body></html>
      """;

  private final CurrentUser currentUser;
  private final Tenants tenants;
  private final Messages messages;
  private final ApiProblems problems;
  private final AccountRepository accounts;

  TenantScopeFilter(CurrentUser currentUser, Tenants tenants, Messages messages, ApiProblems problems,
      AccountRepository accounts) {
    this.currentUser = currentUser;
    this.accounts = accounts;
    this.tenants = tenants;
    this.messages = messages;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<TenantId> tenant = currentUser.tenant();
    String named = request.getHeader(TENANT_HEADER);
    if (named != null && !tenant.map(t -> t.ibgeCode().equals(named.strip())).orElse(false)) {
      refuse(request, response, "security.tenant.mismatch", named.strip());
      return;
    }
    if (tenant.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    TenantScope scope;
    try {
      // A bearer request read its municipality's status with its account, in the same statement: no
      // second read of the catalogue. Anything else (a session, an inactive one to explain) reads it now.
      scope = currentUser.authentication().filter(TeiaAuthentication::tenantSeenActiveThisRequest).isPresent()
          ? TenantScope.enter(tenant.get()) : tenants.enter(tenant.get());
    } catch (TeiaException e) {
      refuse(request, response, e.messageKey(), e.arguments());
      return;
    }
    try (scope) {
      chain.doFilter(request, response);
    }
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String key, Object... args)
      throws IOException {
    if (ApiProblems.isApi(request)) {
      problems.write(response, problems.problem(request, HttpStatus.FORBIDDEN, key, args));
    } else {
      // Written here rather than through sendError: the container's error dispatch would hand the
      // page to the Vaadin servlet, whose answer for /error is not ours to rely on.
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/html;charset=UTF-8");
      // Not the browser's Accept-Language: the person's own choice (their account), Portuguese otherwise.
      Locale locale = currentUser.user().map(user -> accounts.language(user.accountId()).locale())
          .orElse(I18nConfiguration.PT_BR);
      String title = escape(messages.get(locale, "security.refused.title"));
      response.getWriter().write(REFUSAL_PAGE.formatted(locale.toLanguageTag(), title, title,
          escape(messages.get(locale, key, args)), csrfField(request),
          escape(messages.get(locale, "security.refused.sign-out"))));
    }
  }

  /** Escapes markup only; the page is UTF-8, so accented letters stay readable as they are. */
  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** Signing out is a POST, so the refusal page carries the session's CSRF token. */
  private static String csrfField(HttpServletRequest request) {
    return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
        ? "<input type=\"hidden\" name=\"%s\" value=\"%s\">".formatted(
            escape(token.getParameterName()), escape(token.getToken()))
        : "";
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Just after Spring Security's chain (order -100), so the authentication is known. */
    static final int ORDER = -90;

    @Bean
    FilterRegistrationBean<TenantScopeFilter> tenantScopeFilter(CurrentUser currentUser, Tenants tenants,
        Messages messages, ApiProblems problems, AccountRepository accounts) {
      var registration = new FilterRegistrationBean<>(
          new TenantScopeFilter(currentUser, tenants, messages, problems, accounts));
      registration.setOrder(ORDER);
      registration.addUrlPatterns("/*");
      return registration;
    }
  }
}
