package br.org.teia.kernel.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.mail.MailRelay;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.LocalAccountAuthenticationProvider;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.testapp.KernelTestApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * "Esqueci minha senha" end to end below the page, the mail going to a real SMTP server (GreenMail,
 * started by the test on a free port): the link works once, expires, is replaced by a newer one;
 * unknown and external-only e-mails get no mail; the new password signs in and the old does not.
 */
@SpringBootTest(classes = KernelTestApplication.class, properties = {
    "teia.mail.relay-interval=1h", // the test drives the relay itself
    "teia.public-url=https://teia.cogemas.example/"})
class PasswordResetIT {

  static final int PORT = freePort();
  static final String OLD_PASSWORD = "Senha-antiga-1";
  static final String NEW_PASSWORD = "Senha-nova-2026";
  static final Pattern LINK = Pattern.compile("https://teia\\.cogemas\\.example/redefinir-senha\\?token=([A-Za-z0-9_-]{43})");

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
  }

  @Autowired PasswordResets resets;
  @Autowired MailRelay relay;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired LocalAccountAuthenticationProvider login;
  @Autowired JdbcClient jdbc;
  GreenMail smtp;

  @BeforeEach
  void smtpServerAndNothingDueFromOtherTests() {
    jdbc.sql("UPDATE platform.mail_outbox SET status = 'FAILED' WHERE status = 'PENDING'").update();
    smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void the_mailed_link_sets_a_new_password_once_and_only_the_new_password_signs_in() throws Exception {
    String email = person();

    resets.request(email.toUpperCase(), "10.0.0.1"); // as typed: case and spaces do not matter
    String token = tokenMailedTo(email);
    assertThat(jdbc.sql("SELECT count(*) FROM platform.password_reset WHERE token_hash = ?").param(token)
        .query(Long.class).single()).as("the token itself is never stored").isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM platform.password_reset WHERE token_hash = ?").param(PasswordResets.hash(token))
        .query(Long.class).single()).as("its hash is").isEqualTo(1);
    assertThat(resets.usable(token)).isTrue();

    resets.reset(token, new NewPassword(NEW_PASSWORD, NEW_PASSWORD), "10.0.0.1");

    assertThat(signIn(email, NEW_PASSWORD).user().username()).isEqualTo(email);
    assertThatThrownBy(() -> signIn(email, OLD_PASSWORD)).isInstanceOf(BadCredentialsException.class);
    assertThat(resets.usable(token)).as("spent").isFalse();
    assertThatThrownBy(() -> resets.reset(token, new NewPassword("Outra-senha-3", "Outra-senha-3"), "10.0.0.1"))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("account.reset.invalid"));
    assertThat(signIn(email, NEW_PASSWORD)).isNotNull(); // the refused second use changed nothing
  }

  @Test
  void an_expired_link_is_refused_and_the_password_stays() throws Exception {
    String email = person();
    resets.request(email, "10.0.0.2");
    String token = tokenMailedTo(email);
    assertThat(jdbc.sql("SELECT EXTRACT(EPOCH FROM expires_at - created_at)::int FROM platform.password_reset WHERE token_hash = ?")
        .param(PasswordResets.hash(token)).query(Integer.class).single()).isEqualTo(30 * 60);

    jdbc.sql("UPDATE platform.password_reset SET expires_at = now() - interval '1 second' WHERE token_hash = ?")
        .param(PasswordResets.hash(token)).update();

    assertThat(resets.usable(token)).isFalse();
    assertThatThrownBy(() -> resets.reset(token, new NewPassword(NEW_PASSWORD, NEW_PASSWORD), "10.0.0.2"))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("account.reset.invalid"));
    assertThat(signIn(email, OLD_PASSWORD)).isNotNull();
  }

  @Test
  void a_newer_request_invalidates_the_older_link() throws Exception {
    String email = person();
    resets.request(email, "10.0.0.3");
    String first = tokenMailedTo(email);
    resets.request(email, "10.0.0.3");
    List<String> tokens = tokensMailedTo(email);
    assertThat(tokens).hasSize(2);
    String second = tokens.get(1);

    assertThat(resets.usable(first)).isFalse();
    assertThat(resets.usable(second)).isTrue();
  }

  @Test
  void unknown_and_external_only_e_mails_get_no_mail_and_the_same_silence() throws Exception {
    String unknown = "ninguem-" + UUID.randomUUID() + "@teste.teia";
    String external = "externa-" + UUID.randomUUID() + "@teste.teia";
    accounts.createIfAbsent(external, "Pessoa Externa", external, null); // signs in only through OIDC

    resets.request(unknown, "10.0.0.4"); // answers nothing, throws nothing: the page says the same sentence
    resets.request(external, "10.0.0.4");
    relay.relayDue();

    assertThat(received(unknown)).isEmpty();
    assertThat(received(external)).isEmpty();
  }

  @Test
  void a_password_outside_the_policy_is_refused_and_the_link_stays_usable() throws Exception {
    String email = person();
    resets.request(email, "10.0.0.5");
    String token = tokenMailedTo(email);

    assertThatThrownBy(() -> resets.reset(token, new NewPassword("curta-1", "curta-1"), "10.0.0.5"))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> {
          assertThat(e.messageKey()).isEqualTo("account.password.too-short");
          assertThat(e.field()).contains("password");
        });
    assertThat(resets.usable(token)).isTrue();
  }

  @Test
  void asking_too_often_for_one_e_mail_sends_no_more_mail() throws Exception {
    String email = person();
    for (int i = 0; i < 7; i++) {
      resets.request(email, "10.0.1." + i); // from several addresses: the e-mail's own bucket stops it
    }
    relay.relayDue();
    assertThat(received(email)).hasSize(5); // teia.security.login.max-failures
  }

  private String person() {
    String email = "redefinir-" + UUID.randomUUID().toString().substring(0, 8) + "@teste.teia";
    accounts.createIfAbsent(email, "Pessoa que esqueceu", email, passwords.encode(OLD_PASSWORD));
    return email;
  }

  private TeiaAuthentication signIn(String email, String password) {
    return (TeiaAuthentication) login.authenticate(new UsernamePasswordAuthenticationToken(email, password));
  }

  private String tokenMailedTo(String email) throws Exception {
    return tokensMailedTo(email).getFirst();
  }

  private List<String> tokensMailedTo(String email) throws Exception {
    relay.relayDue();
    List<String> tokens = new java.util.ArrayList<>();
    for (MimeMessage mail : received(email)) {
      assertThat(mail.getSubject()).isEqualTo("Teia: criar uma nova senha");
      Matcher link = LINK.matcher((String) mail.getContent());
      assertThat(link.find()).as("a reset link in %s", mail.getContent()).isTrue();
      tokens.add(link.group(1));
    }
    return tokens;
  }

  private List<MimeMessage> received(String email) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals(email);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
