package br.org.teia.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.TestOidcServer.Token;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test provider behaves like a real one: discovery, login form with PKCE, minted tokens. */
class TestOidcServerIT {

  static TestOidcServer server;

  @BeforeAll
  static void start() {
    server = TestOidcServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void discovery_names_the_issuer_and_its_endpoints() {
    HttpResponse<String> discovery = new TestBrowser().open(URI.create(server.issuer() + "/.well-known/openid-configuration"));

    assertThat(discovery.statusCode()).isEqualTo(200);
    assertThat(discovery.body()).contains("\"issuer\":\"" + server.issuer() + "\"")
        .contains("/oauth2/jwks").contains("/userinfo").contains("S256");
  }

  @Test
  void minted_token_carries_the_chosen_subject_claims_and_audience() {
    String token = server.accessToken(Token.forSubject("someone").withTenant("3106200"));

    String claims = payload(token);
    assertThat(claims).contains("\"sub\":\"someone\"").contains("\"teia_tenant\":\"3106200\"")
        .contains("\"aud\":\"" + TestOidcServer.API_AUDIENCE + "\"").contains("\"iss\":\"" + server.issuer() + "\"");
  }

  @Test
  void expired_token_expired_in_the_past() {
    String claims = payload(server.accessToken(Token.forSubject("late").alreadyExpired()));

    long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
    assertThat(Instant.ofEpochSecond(exp)).isBefore(Instant.now());
  }

  @Test
  void login_form_then_authorization_code_reaches_the_registered_callback() throws Exception {
    String verifier = "a-code-verifier-long-enough-for-pkce-0123456789abcdef";
    String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    URI authorize = URI.create(server.issuer() + "/oauth2/authorize?response_type=code&client_id="
        + TestOidcServer.LOGIN_CLIENT_ID + "&scope=openid%20email&state=xyz&redirect_uri="
        + URLEncoder.encode("http://127.0.0.1:9/login/oauth2/code/test-idp", StandardCharsets.UTF_8)
        + "&code_challenge=" + challenge + "&code_challenge_method=S256");
    TestBrowser browser = new TestBrowser();

    try {
      server.logIn(browser, authorize, TestOidcServer.MARIA);
    } catch (RuntimeException connectionRefused) {
      // port 9 answers nothing: the walk ends at the callback, which is all this test needs
    }

    assertThat(browser.current().toString()).startsWith("http://127.0.0.1:9/login/oauth2/code/test-idp?code=")
        .contains("state=xyz");
  }

  private static String payload(String jwt) {
    return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
  }
}
