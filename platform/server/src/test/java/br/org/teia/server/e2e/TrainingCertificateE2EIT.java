package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.server.DemoServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone without any login opens a demo training certificate's public page in a real browser (the
 * security configuration lets them in), sees what it certifies, uploads the issued PDF and learns it
 * is exactly the one issued, then uploads an altered copy and learns it is not.
 */
@DemoServerTest
class TrainingCertificateE2EIT {

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1280, 1000, 60);

  @Autowired JdbcClient jdbc;

  @Test
  void anyone_checks_a_certificate_and_tells_the_issued_pdf_from_an_altered_one() throws Exception {
    String code = jdbc.sql("SELECT code FROM platform.training_certificate WHERE revoked_at IS NULL ORDER BY issued_at LIMIT 1")
        .query(String.class).single();
    byte[] pdf = jdbc.sql("SELECT pdf FROM platform.training_certificate WHERE code = ?").param(code).query(byte[].class).single();
    Path issued = Files.createTempFile("certificado-", ".pdf");
    Path altered = Files.createTempFile("alterado-", ".pdf");
    Files.write(issued, pdf);
    byte[] changed = Arrays.copyOf(pdf, pdf.length);
    changed[changed.length / 2] ^= 0x01;
    Files.write(altered, changed);

    browser.open("/publico/certificados/" + code);
    WebElement valid = browser.until(d -> d.findElement(By.id("certificate-valid")));
    assertThat(valid.getText()).isEqualTo("Certificado " + code + " válido");
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
    assertThat(browser.driver().findElement(By.id("certificate-person")).getText()).matches("Participante: .+ \\(CPF \\*\\*\\*\\.\\d{3}\\.\\d{3}-\\*\\*\\)");

    send(issued);
    assertThat(browser.until(d -> d.findElement(By.id("certificate-upload-authentic"))).getText())
        .isEqualTo("Este arquivo é exatamente o certificado " + code + " emitido.");
    send(altered);
    browser.until(d -> d.findElement(By.id("certificate-upload-different")));
    browser.screenshot("training-certificate-check");
  }

  /** Chooses the file and sends the plain form (the page works without JavaScript). */
  private void send(Path file) {
    browser.until(d -> d.findElement(By.id("certificate-file"))).sendKeys(file.toString());
    browser.driver().findElement(By.id("certificate-upload-submit")).click();
  }
}
