package br.org.teia.testsupport;

import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Teia on a random port, configured (by properties only, as an operator would) to log in through
 * a real OIDC provider and to accept its access tokens on the API: the JVM's {@link TestOidcServer}.
 * Subclasses share one application context; it counts the HTTP sessions the server creates
 * ({@link SessionCounter}) and the statements its requests prepare ({@link StatementCounter}), so a module's
 * public-page or round-trip test runs on it too instead of starting its own.
 */
// The upload limits of platform/server's application.yaml, above the 5 MB the council's documents accept,
// so a module's API test meets the service's clear 422 as the application does.
@SpringBootTest(classes = TeiaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.servlet.multipart.max-file-size=10MB", "spring.servlet.multipart.max-request-size=11MB"})
@Import({SessionCounter.class, StatementCounter.class})
public abstract class OidcTestBase {

  protected static final String REGISTRATION = "test-idp";
  protected static final String PROVIDER_NAME = "Provedor de teste";
  protected static final TestOidcServer oidc = TestOidcServer.shared();

  @DynamicPropertySource
  static void useTheTestProvider(DynamicPropertyRegistry registry) {
    oidc.applicationProperties(REGISTRATION, PROVIDER_NAME).forEach((name, value) -> registry.add(name, () -> value));
  }

  private final HttpClient client = HttpClient.newHttpClient();
  @LocalServerPort protected int port;
  @Autowired protected AccountRepository accounts;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected TenantOnboarding onboarding;
  @Autowired protected ApplicationContext context;

  @BeforeEach
  void registerTheCallbackOfThisPort() {
    oidc.allowRedirectUri(app("/login/oauth2/code/" + REGISTRATION).toString());
  }

  protected URI app(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** The test's own municipality: onboards {@code ibgeCode} (nothing happens when it already is). */
  protected TenantId onboarded(String ibgeCode) {
    return people().onboarded(ibgeCode);
  }

  /** The test's own municipalities and people ({@link TestPeople}). */
  protected TestPeople people() {
    return new TestPeople(onboarding, accounts);
  }

  protected static String unique(String prefix) {
    return TestPeople.unique(prefix);
  }

  /** A new account (username = e-mail, no password) holding {@code role} in each of {@code tenants}. */
  protected UUID account(String email, Role role, TenantId... tenants) {
    return people().account(email, role, tenants);
  }

  /** A bearer token for a new person holding {@code role} in {@code tenant}. */
  protected String token(Role role, TenantId tenant) {
    return oidc.accessToken(TestOidcServer.Token.forSubject(linkedSubject(role, tenant)));
  }

  /** A JSON call with a bearer token ({@code body} may be null), answered as text. */
  protected HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(app(path))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  protected static JsonNode json(HttpResponse<String> answer) {
    return JsonMapper.shared().readTree(answer.body());
  }

  /** A new account linked to the subject it returns, so tokens for that subject speak for it. */
  protected String linkedSubject(Role role, TenantId... tenants) {
    String subject = unique("api");
    accounts.linkOidc(account(subject + "@api.teia.test", role, tenants), oidc.issuer(), subject);
    return subject;
  }
}
