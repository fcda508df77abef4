package br.org.teia.kernel.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.authentication.LockedException;

/**
 * Deny by default. Three chains: the REST API (stateless bearer JWT), the OpenAPI document
 * (public), and the Vaadin UI (form login, optional OIDC login, Vaadin's CSRF handling and view
 * access control, which refuses any view without an access annotation).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
public class SecurityConfiguration {

  public static final String LOGIN_PATH = "/login";

  /**
   * The only API paths open to anonymous callers: open data (protected aggregates, no personal
   * data). Allow-listed here by name, and each endpoint says {@code @PermitAll} itself
   * (ApiDenyByDefaultIT checks both).
   */
  public static final String[] OPEN_DATA_PATHS = {"/api/v1/open-data/**"};

  /** Static libraries served from WebJars on the classpath (no CDN): chart drawing in the console. */
  public static final String[] STATIC_LIBRARIES = {"/webjars/chart.js/**"};

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
      return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, SecurityContextRepository contexts,
        ObjectProvider<OidcLoginCustomizer> oidc) throws Exception {
      http.authorizeHttpRequests(requests -> requests.requestMatchers(STATIC_LIBRARIES).permitAll());
      http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
          .loginView(LOGIN_PATH, LOGIN_PATH + "?logout")
          .anyRequest(any -> any.denyAll()));
      http.securityContext(context -> context.securityContextRepository(contexts));
      http.formLogin(form -> form.failureHandler((request, response, exception) -> {
        String reason = exception instanceof LockedException ? "locked"
            : exception instanceof TenantUnavailableException ? "suspended" : "bad";
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
