package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.mail.MailOutbox;
import br.org.teia.kernel.mail.MailStatus;
import br.org.teia.kernel.mail.OutboxMail;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.TestPeople;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * "Esqueci minha senha" in a real browser, with no SMTP configured (the mail waits in the outbox, as
 * README says): from the sign-in page, the e-mail, the link of the mail, a new password twice, and
 * signing in with it.
 */
@DemoServerTest
class PasswordResetE2EIT {

  static final TenantId LUZ = TenantId.of("3138807");
  static final String NEW_PASSWORD = "Nova-senha-de-Luz-9";
  static final Pattern LINK = Pattern.compile("https://teia\\.cogemas\\.example(/redefinir-senha\\?token=[A-Za-z0-9_-]{43})");

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1280, 900, 60);

  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired MailOutbox outbox;

  @Test
  void a_person_who_forgot_her_password_sets_a_new_one_from_the_mailed_link_and_signs_in() throws Exception {
    new TestPeople(onboarding, accounts).onboarded(LUZ.ibgeCode());
    String email = "esqueceu-" + UUID.randomUUID().toString().substring(0, 8) + "@luz.teste";
    accounts.grantMembership(accounts.createIfAbsent(email, "Marta Esquecida", email,
        passwords.encode("Senha-que-esqueci-1")), LUZ, Role.MUNICIPAL_MANAGER);

    browser.open("/municipio");
    browser.until(d -> d.findElement(By.id("forgot-password"))).click();
    browser.inputOf("forgot-email").sendKeys(email);
    browser.driver().findElement(By.id("forgot-send")).click();
    browser.until(d -> d.findElement(By.id("forgot-answer")).getText().startsWith("Se houver uma conta com este e-mail"));
    browser.screenshot("forgot-password");

    OutboxMail mail = outbox.recent(MailStatus.PENDING, 5000).stream().filter(m -> m.recipient().equals(email))
        .findFirst().orElseThrow();
    Matcher link = LINK.matcher(mail.body());
    assertThat(link.find()).as(mail.body()).isTrue();
    browser.open(link.group(1)); // the site's own address in the test, the path of the mail's link

    browser.inputOf("reset-new").sendKeys(NEW_PASSWORD);
    browser.inputOf("reset-confirmation").sendKeys(NEW_PASSWORD);
    browser.driver().findElement(By.id("reset-save")).click();
    browser.until(d -> d.findElement(By.id("login-notice")).getText().startsWith("Senha criada"));

    browser.signIn(email, NEW_PASSWORD);
    browser.until(d -> d.findElement(By.id("tenant-name")).getText().equals("Luz (MG)"));
    browser.screenshot("signed-in-after-reset");

    browser.open(link.group(1)); // spent
    browser.until(d -> d.findElement(By.id("reset-invalid")));
  }
}
