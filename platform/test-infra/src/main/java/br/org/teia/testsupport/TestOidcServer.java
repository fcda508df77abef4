package br.org.teia.testsupport;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in its own small Spring
 * context (no auto-configuration, no database), on its own port of 127.0.0.1, in the test's JVM.
 * It offers what Teia meets in production: discovery, JWKS, the authorization-code flow with
 * PKCE behind a login form, ID tokens carrying {@code email}/{@code email_verified}, user-info,
 * and signed access tokens.
 *
 * <ul>
 *   <li>{@link #applicationProperties} configures an application to log in here (client
 *       {@value #LOGIN_CLIENT_ID}) and to accept this server's access tokens on its API;
 *   <li>{@link #allowRedirectUri} registers the application's callback once its port is known
 *       (loopback-IP callbacks, {@code http://127.0.0.1:<any port>/...}, are allowed from the start);
 *   <li>{@link #addUser} adds someone who can log in, with their e-mail claims;
 *   <li>{@link #accessToken} mints an access token for API tests with a chosen subject and claims
 *       (e.g. {@code teia_tenant}), already expired if asked: issued by the token endpoint through
 *       the client-credentials grant and signed with this server's key, so the application checks
 *       it against this server's JWKS like any other.
 * </ul>
 *
 * The server's session cookie is {@value #SESSION_COOKIE}, so a test's cookie jar never confuses it
 * with the application's {@code JSESSIONID}. Use {@link #shared()} for one server per test JVM.
 */
public final class TestOidcServer implements AutoCloseable {

  /** Client for the application's login (authorization code + PKCE, secret sent as HTTP Basic). */
  public static final String LOGIN_CLIENT_ID = "teia-login";
  public static final String LOGIN_CLIENT_SECRET = "teia-login-secret";
  /** Client the tests use to mint API access tokens (client credentials). */
  public static final String TOKEN_CLIENT_ID = "teia-test-tokens";
  public static final String TOKEN_CLIENT_SECRET = "teia-test-tokens-secret";
  /** Audience of minted access tokens: configure the application to require it. */
  public static final String API_AUDIENCE = "teia-api";
  public static final String SESSION_COOKIE = "TEST_OIDC_SESSION";
  /** The loopback callback registered from the start (any port; RFC 8252). */
  public static final String LOOPBACK_REDIRECT_URI = "http://127.0.0.1/login/oauth2/code/test-idp";

  /** People who can log in, unless a test adds its own. */
  public static final User MARIA = new User("maria", "maria-senha", "maria@oidc.teia.test", true, "Maria da Silva");
  public static final User JOAO = new User("joao", "joao-senha", "joao@oidc.teia.test", true, "João Souza");
  public static final User UNVERIFIED = new User("pedro", "pedro-senha", "pedro@oidc.teia.test", false, "Pedro Lima");

  static final String TICKET_PARAMETER = "test_ticket";
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static volatile TestOidcServer shared;

  /** Someone the provider knows: their login and the claims the ID token will carry. */
  public record User(String username, String password, String email, boolean emailVerified, String name) {}

  /**
   * What a minted access token says: subject ({@code null} for a token with no {@code sub} claim at
   * all), extra claims, audience, and whether it has expired.
   */
  public record Token(String subject, Map<String, Object> claims, String audience, boolean expired) {

    public Token {
      claims = Map.copyOf(claims);
    }

    public static Token forSubject(String subject) {
      return new Token(Objects.requireNonNull(subject, "subject"), Map.of(), API_AUDIENCE, false);
    }

    /** A token with no {@code sub} claim, as a careless or hostile issuer might sign. */
    public static Token withoutSubject() {
      return new Token(null, Map.of(), API_AUDIENCE, false);
    }

    public Token withClaim(String name, Object value) {
      Map<String, Object> more = new LinkedHashMap<>(claims);
      more.put(name, value);
      return new Token(subject, more, audience, expired);
    }

    /** The municipality (IBGE code) the token asks to act in: Teia's {@code teia_tenant} claim. */
    public Token withTenant(String ibgeCode) {
      return withClaim("teia_tenant", ibgeCode);
    }

    public Token withAudience(String otherAudience) {
      return new Token(subject, claims, otherAudience, expired);
    }

    /** Issued two hours ago, expired one hour ago. */
    public Token alreadyExpired() {
      return new Token(subject, claims, audience, true);
    }
  }

  private final State state;
  private final ConfigurableApplicationContext context;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestOidcServer(State state, ConfigurableApplicationContext context) {
    this.state = state;
    this.context = context;
  }

  /** Starts a server knowing {@link #MARIA}, {@link #JOAO}, {@link #UNVERIFIED} and {@code users}. */
  public static TestOidcServer start(User... users) {
    IllegalStateException failure = null;
    for (int attempt = 0; attempt < 3; attempt++) { // the free port may be taken meanwhile
      State state = new State(freePort());
      for (User user : List.of(MARIA, JOAO, UNVERIFIED)) {
        state.users.put(user.username(), user);
      }
      for (User user : users) {
        state.users.put(user.username(), user);
      }
      try {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Provider.class)
            .web(WebApplicationType.SERVLET)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .registerShutdownHook(false)
            .properties(Map.of(
                "teia.test.no-database", "true", // TestDatabaseInitializer: no PostgreSQL here
                "spring.config.name", "test-oidc-server", // not the application's application.yaml
                "spring.main.allow-bean-definition-overriding", "false"))
            .initializers(ctx -> ctx.getBeanFactory().registerSingleton("testOidcState", state))
            .run();
        return new TestOidcServer(state, context);
      } catch (RuntimeException e) {
        failure = new IllegalStateException("cannot start the test OIDC server on port " + state.port, e);
      }
    }
    throw failure;
  }

  /** One server for the whole test JVM (application contexts are cached across test classes). */
  public static TestOidcServer shared() {
    if (shared == null) {
      synchronized (TestOidcServer.class) {
        if (shared == null) {
          TestOidcServer server = start();
          Runtime.getRuntime().addShutdownHook(new Thread(server::close));
          shared = server;
        }
      }
    }
    return shared;
  }

  /** The issuer, exactly as it appears in the tokens' {@code iss}: {@code http://127.0.0.1:<port>}. */
  public String issuer() {
    return state.issuer;
  }

  public int port() {
    return state.port;
  }

  public void addUser(User user) {
    state.users.put(user.username(), user);
  }

  /** Registers one more callback of the login client, e.g. {@code http://localhost:8080/login/oauth2/code/x}. */
  public void allowRedirectUri(String redirectUri) {
    state.clients.update(LOGIN_CLIENT_ID, client -> RegisteredClient.from(client).redirectUri(redirectUri).build());
  }

  /**
   * Spring Boot properties that make an application log in here as registration
   * {@code registrationId} (shown as {@code clientName}) and accept this server's tokens on its
   * resource server, with audience {@value #API_AUDIENCE} required.
   */
  public Map<String, String> applicationProperties(String registrationId, String clientName) {
    String registration = "spring.security.oauth2.client.registration." + registrationId + ".";
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(registration + "client-id", LOGIN_CLIENT_ID);
    properties.put(registration + "client-secret", LOGIN_CLIENT_SECRET);
    properties.put(registration + "client-name", clientName);
    properties.put(registration + "scope", "openid,profile,email");
    properties.put(registration + "provider", registrationId);
    properties.put("spring.security.oauth2.client.provider." + registrationId + ".issuer-uri", issuer());
    properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer());
    properties.put("spring.security.oauth2.resourceserver.jwt.audiences", API_AUDIENCE);
    return properties;
  }

  /** An access token from the token endpoint, saying what {@code token} asks for. */
  public String accessToken(Token token) {
    String ticket = UUID.randomUUID().toString();
    state.tickets.put(ticket, token);
    String basic = Base64.getEncoder().encodeToString(
        (TOKEN_CLIENT_ID + ":" + TOKEN_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&" + TICKET_PARAMETER + "=" + ticket))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher found = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !found.find()) {
        throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
      }
      return found.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      state.tickets.remove(ticket);
    }
  }

  /**
   * Walks a login as a browser would: opens {@code start} (e.g. the application's
   * {@code /oauth2/authorization/<id>}), fills this server's login form as {@code user} when it is
   * shown, and follows every redirect back. Answers the last response; {@link TestBrowser#current()}
   * says where the walk ended.
   */
  public HttpResponse<String> logIn(TestBrowser browser, URI start, User user) {
    HttpResponse<String> page = browser.open(start);
    URI loginPage = URI.create(issuer() + "/login");
    if (page.statusCode() == 200 && browser.current().getPath().equals(loginPage.getPath())
        && browser.current().getPort() == port()) {
      String form = page.body();
      String csrf = TestBrowser.inputValue(form, "_csrf")
          .orElseThrow(() -> new IllegalStateException("no CSRF token in the login form: " + form));
      page = browser.submit(loginPage, Map.of("username", user.username(), "password", user.password(), "_csrf", csrf));
    }
    return page;
  }

  @Override
  public void close() {
    context.close();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the tests change while the server runs, shared with the beans of its context. */
  static final class State {
    final int port;
    final String issuer;
    final Map<String, User> users = new ConcurrentHashMap<>();
    final Map<String, Token> tickets = new ConcurrentHashMap<>();
    final Clients clients = new Clients();

    State(int port) {
      this.port = port;
      this.issuer = "http://127.0.0.1:" + port;
    }
  }

  /** Registered clients, changeable at run time (more redirect URIs). */
  static final class Clients implements RegisteredClientRepository {
    private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

    @Override
    public void save(RegisteredClient client) {
      byClientId.put(client.getClientId(), client);
    }

    @Override
    public RegisteredClient findById(String id) {
      return byClientId.values().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
      return byClientId.get(clientId);
    }

    void update(String clientId, UnaryOperator<RegisteredClient> change) {
      byClientId.computeIfPresent(clientId, (id, client) -> change.apply(client));
    }
  }

  /**
   * The provider's Spring context: a web server, two filter chains, clients, users, keys. A test
   * configuration, so the component scan of an application under test (which also covers
   * {@code br.org.teia.testsupport}) leaves it out.
   */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableWebSecurity
  static class Provider {

    /**
     * Always the JVM's current strategy. Spring Security's filters keep the strategy they were
     * built with, while parts of the authorization server read the static holder; an application
     * started later in the same JVM may replace the static strategy (Vaadin does), and the two
     * would then no longer see the same context.
     */
    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
      return new SecurityContextHolderStrategy() {
        @Override
        public void clearContext() {
          SecurityContextHolder.getContextHolderStrategy().clearContext();
        }

        @Override
        public SecurityContext getContext() {
          return SecurityContextHolder.getContextHolderStrategy().getContext();
        }

        @Override
        public Supplier<SecurityContext> getDeferredContext() {
          return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
        }

        @Override
        public void setContext(SecurityContext context) {
          SecurityContextHolder.getContextHolderStrategy().setContext(context);
        }

        @Override
        public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
          SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
        }

        @Override
        public SecurityContext createEmptyContext() {
          return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        }
      };
    }

    @Bean
    TomcatServletWebServerFactory webServerFactory(State state) {
      TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(state.port);
      factory.setAddress(InetAddress.getLoopbackAddress());
      factory.getSettings().getSession().getCookie().setName(SESSION_COOKIE);
      return factory;
    }

    @Bean
    DelegatingFilterProxyRegistrationBean testOidcSecurityFilter() {
      return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    }

    /** Everything is answered by the security filters; a servlet must exist for them to run. */
    @Bean
    ServletRegistrationBean<HttpServlet> notFound() {
      return new ServletRegistrationBean<>(new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
          response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
      }, "/");
    }

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
      http.securityMatcher(server.getEndpointsMatcher())
          .with(server, s -> s.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults())) // user-info endpoint
          .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
              new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService users(State state) {
      return username -> {
        User user = state.users.get(username);
        if (user == null) {
          throw new UsernameNotFoundException(username);
        }
        return org.springframework.security.core.userdetails.User.withUsername(user.username())
            .password("{noop}" + user.password()).roles("USER").build();
      };
    }

    @Bean
    RegisteredClientRepository registeredClients(State state) {
      state.clients.save(RegisteredClient.withId("login")
          .clientId(LOGIN_CLIENT_ID)
          .clientSecret("{noop}" + LOGIN_CLIENT_SECRET)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
          .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
          .redirectUri(LOOPBACK_REDIRECT_URI)
          .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
          .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
          .build());
      state.clients.save(RegisteredClient.withId("tokens")
          .clientId(TOKEN_CLIENT_ID)
          .clientSecret("{noop}" + TOKEN_CLIENT_SECRET)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
          .build());
      return state.clients;
    }

    @Bean
    JWKSource<com.nimbusds.jose.proc.SecurityContext> jwkSource() {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
            .privateKey((RSAPrivateKey) pair.getPrivate()).keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(State state) {
      return AuthorizationServerSettings.builder().issuer(state.issuer).build();
    }

    /** ID tokens carry the person's e-mail claims; minted access tokens say what the test asked. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(State state) {
      return context -> {
        JwtClaimsSet.Builder claims = context.getClaims();
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          User user = state.users.get(context.getPrincipal().getName());
          if (user != null) {
            claims.claim("email", user.email())
                .claim("email_verified", user.emailVerified())
                .claim("name", user.name())
                .claim("preferred_username", user.username());
          }
        } else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
            && context.getAuthorizationGrant() instanceof OAuth2ClientCredentialsAuthenticationToken grant
            && grant.getAdditionalParameters().get(TICKET_PARAMETER) instanceof String ticket
            && state.tickets.get(ticket) != null) {
          Token token = state.tickets.get(ticket);
          claims.audience(List.of(token.audience()));
          if (token.subject() == null) {
            claims.claims(all -> all.remove("sub"));
          } else {
            claims.subject(token.subject());
          }
          token.claims().forEach(claims::claim);
          if (token.expired()) {
            Instant issued = Instant.now().minus(Duration.ofHours(2));
            claims.issuedAt(issued).notBefore(issued).expiresAt(issued.plus(Duration.ofHours(1)));
          }
        }
      };
    }
  }
}
