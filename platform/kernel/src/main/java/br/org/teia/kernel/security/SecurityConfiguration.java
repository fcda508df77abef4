package br.org.teia.kernel.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Deny by default. Chains: the operator's endpoints, the REST API (stateless bearer JWT), the
 * OpenAPI document (public), the public pages (stateless HTML, no login), and the Vaadin UI (form login, optional OIDC login, CSRF protection and Vaadin's view
 * access control, which refuses any view without an access annotation). Every chain sends the
 * same security headers ({@link #CONTENT_SECURITY_POLICY}, nosniff, Referrer-Policy, HSTS over TLS).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration {

  public static final String LOGIN_PATH = "/login";

  /**
   * Session attribute: the e-mail typed in a refused sign-in, so the login page can put it back
   * (the password is never kept). Only what fits an e-mail address is kept.
   */
  public static final String LAST_USERNAME = "teia.login.last-username";

  /**
   * The only API paths open to anonymous callers: open data (protected aggregates, no personal
   * data). Allow-listed here by name, and each endpoint says {@code @PermitAll} itself
   * (ApiDenyByDefaultIT checks both).
   */
  public static final String[] OPEN_DATA_PATHS = {"/api/v1/open-data/**"};

  /** The public pages: no login, no session (ADR 0019). */
  public static final String PUBLIC_PAGES = "/publico/**";

  /**
   * Static files served from the classpath (no CDN): chart drawing in the console (a WebJar) and
   * the frame's stylesheet, which the login page needs before anyone has signed in.
   */
  public static final String[] STATIC_LIBRARIES = {"/webjars/chart.js/**", "/styles/**"};

  /**
   * What Vaadin Flow needs and no more: its bootstrap runs an inline script and its client engine
   * builds functions from what the server sends ({@code 'unsafe-inline' 'unsafe-eval'}, Vaadin's
   * documented minimum), Lumo uses inline styles and data: fonts; everything else, Chart.js
   * included, comes from this origin; no plugins, no framing by other sites, forms post here only.
   */
  public static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'");

  /**
   * The same headers on every answer, page or API: CSP, {@code X-Content-Type-Options: nosniff},
   * {@code Referrer-Policy}, framing by this origin only, and HSTS (Spring Security sends it only
   * on a secure request, i.e. over TLS or behind a proxy trusted by
   * {@code server.forward-headers-strategy}).
   */
  static void securityHeaders(HttpSecurity http) throws Exception {
    http.headers(headers -> headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .contentTypeOptions(org.springframework.security.config.Customizer.withDefaults())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
        // Before the request goes on: Vaadin commits its pages past the wrapper that writes
        // headers on commit, so written lazily they would be missing on every Vaadin page.
        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
          @Override
          public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
          }
        }));
  }

  /**
   * No Micrometer observation around each security filter, authentication and authorization: at the
   * load benchmark's rates wrapping every filter of every request cost 14% of the request threads' CPU
   * (issue 15). The request itself is still timed ({@code http.server.requests}, and the tenant's own
   * timer); refused sign-ins and tokens still reach the audit log through Spring Security's events.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today; the {id} prefix lets stronger schemes replace it without resetting passwords.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new DelegatingSecurityContextRepository(
        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
  }

  /** The HTTP filter chains: only where there is a servlet web server (not for operator commands). */
  @Configuration(proxyBeanMethods = false)
  @EnableWebSecurity
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class WebChains {

    /**
     * The operator's endpoints: health (liveness, readiness) open to the load balancer, without
     * details; metrics only from the addresses in {@code teia.metrics.scrape-from} (Prometheus
     * scrapes each node directly, not through the balancer); anything else under /actuator refused.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operatorChain(HttpSecurity http,
        @Value("${teia.metrics.scrape-from:127.0.0.1/32,::1/128}") List<String> scrapeFrom) throws Exception {
      List<IpAddressMatcher> scrapers = scrapeFrom.stream().map(String::strip).map(IpAddressMatcher::new).toList();
      http.securityMatcher("/actuator/**")
          .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .csrf(csrf -> csrf.disable()) // nothing here changes state
          .authorizeHttpRequests(requests -> requests
              .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
              .requestMatchers("/actuator/prometheus").access((authentication, context) -> new AuthorizationDecision(
                  scrapers.stream().anyMatch(scraper -> scraper.matches(context.getRequest()))))
              .anyRequest().denyAll())
          // no login here: a refusal is a plain 403, never the login page's redirect
          .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)));
      securityHeaders(http);
      return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder,
        TeiaJwtAuthenticationConverter tokens, ApiProblems problems, CurrentUser currentUser) throws Exception {
      var entryPoint = new ApiAuthenticationEntryPoint(problems);
      var accessDenied = new ApiAccessDeniedHandler(problems, currentUser);
      http.securityMatcher("/api/**")
          .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie a third site could ride on
          // Deny by default: a token must name an account holding some Teia role; each endpoint then
          // states its own roles with method security (ApiDenyByDefaultIT checks both).
          .authorizeHttpRequests(requests -> requests
              .requestMatchers(org.springframework.http.HttpMethod.GET, OPEN_DATA_PATHS).permitAll()
              .anyRequest().hasAnyRole(anyRole()))
          .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
      securityHeaders(http);
      if (jwtDecoder.getIfAvailable() != null) {
        http.oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
            .authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(accessDenied));
      }
      return http.build();
    }

    private static String[] anyRole() {
      return Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
    }

    @Bean
    @Order(2)
    SecurityFilterChain openApiChain(HttpSecurity http) throws Exception {
      http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
          .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
          .csrf(csrf -> csrf.disable()); // read-only document
      securityHeaders(http);
      return http.build();
    }

    /**
     * Public pages ({@code /publico/**}): server-rendered HTML for anyone, without login and without
     * a session (ADR 0019), so that a crowd of readers, or a proxy, costs no server memory. Nothing is
     * kept between requests: no security context, no saved request, no CSRF token (these pages read;
     * the one form that posts, a certificate's PDF to compare, changes nothing and signs nobody in).
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicPagesChain(HttpSecurity http) throws Exception {
      http.securityMatcher(PUBLIC_PAGES)
          .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
          .requestCache(cache -> cache.disable())
          .csrf(csrf -> csrf.disable())
          .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
      securityHeaders(http);
      return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain uiChain(HttpSecurity http, SecurityContextRepository contexts,
        ObjectProvider<OidcLoginCustomizer> oidc, RequestUtil vaadinRequests) throws Exception {
      http.authorizeHttpRequests(requests -> requests.requestMatchers(STATIC_LIBRARIES).permitAll());
      http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
          .loginView(LOGIN_PATH, LOGIN_PATH + "?logout")
          // Vaadin's own CSRF set-up exempts the login form, so a page on another site could sign a
          // visitor in to an account of its choosing (login CSRF). Ours exempts only Vaadin's
          // internal requests, which carry Vaadin's own CSRF token; the login form posts Spring's
          // token, which Vaadin puts in the page (<meta name="_csrf">) and its LoginForm sends.
          .enableCsrfConfiguration(false)
          .anyRequest(any -> any.denyAll()));
      http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
      http.exceptionHandling(e -> e.accessDeniedHandler(new UiAccessDeniedHandler(vaadinRequests)));
      securityHeaders(http);
      http.securityContext(context -> context.securityContextRepository(contexts));
      http.formLogin(form -> form.failureHandler((request, response, exception) -> {
        String reason = exception instanceof LockedException ? "locked"
            : exception instanceof TenantUnavailableException ? "suspended" : "bad";
        String typed = request.getParameter("username");
        if (typed != null && typed.strip().length() <= 254 && PlainText.isAllowed(typed.strip())) {
          request.getSession().setAttribute(LAST_USERNAME, typed.strip());
        }
        new SimpleUrlAuthenticationFailureHandler(LOGIN_PATH + "?error=" + reason)
            .onAuthenticationFailure(request, response, exception);
      }));
      http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
      OidcLoginCustomizer customizer = oidc.getIfAvailable();
      if (customizer != null) {
        customizer.customize(http);
      }
      return http.build();
    }
  }

  /** Adds OIDC login to the UI chain when an external provider is configured. */
  public interface OidcLoginCustomizer {
    void customize(HttpSecurity http) throws Exception;
  }
}
