package br.org.teia.server.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.PublicPageClient;
import br.org.teia.testsupport.SessionCounter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public pages of the whole application with the demo's data, over real HTTP: the councils of
 * Belo Horizonte and Betim each with its own data, the certificate check (a PDF sent by a plain form
 * post), and not one HTTP session after hundreds of readers.
 */
@DemoServerTest
class PublicPagesIT {

  static final String BH = "/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/conselhos/CMAS";
  static final String BETIM = "/publico/" + DemoData.BETIM.ibgeCode() + "/conselhos/CMAS";

  @LocalServerPort int port;
  @Autowired SessionCounter sessions;
  @Autowired JdbcClient jdbc;

  @Test
  void hundreds_of_readers_of_every_public_page_create_no_session() {
    PublicPageClient browser = new PublicPageClient(port);
    String code = issuedCode();
    List<String> pages = List.of(BH, BETIM, "/publico/" + DemoData.BETIM.ibgeCode() + "/conselhos", BH + "?busca=plano",
        "/publico/certificados", "/publico/certificados/" + code, "/publico/certificados/ZZZZ-ZZZZ",
        "/publico/9999999/conselhos/CMAS", "/publico/qualquer/coisa");
    int before = sessions.created();

    for (int i = 0; i < 300; i++) {
      var answer = browser.get(pages.get(i % pages.size()));
      assertThat(answer.status()).isIn(200, 404);
      assertThat(answer.response().headers().allValues("Set-Cookie")).isEmpty();
      assertThat(answer.header("Cache-Control")).contains("public");
    }

    assertThat(sessions.created() - before).isZero();
  }

  @Test
  void each_municipalitys_address_shows_its_own_council() {
    PublicPageClient browser = new PublicPageClient(port);
    var bh = browser.get(BH);
    var betim = browser.get(BETIM);

    assertThat(bh.page().select("main p").first().text()).startsWith("Belo Horizonte (MG) · ");
    assertThat(betim.page().select("main p").first().text()).startsWith("Betim (MG) · ");
    assertThat(bh.text("public-seats")).isNotEqualTo(betim.text("public-seats"));
    assertThat(bh.header("ETag")).isNotEqualTo(betim.header("ETag"));
  }

  @Test
  void anyone_checks_a_certificate_and_tells_the_issued_pdf_from_an_altered_one_without_a_session() throws Exception {
    PublicPageClient browser = new PublicPageClient(port);
    String code = issuedCode();
    byte[] pdf = jdbc.sql("SELECT pdf FROM platform.training_certificate WHERE code = ?").param(code).query(byte[].class).single();
    int before = sessions.created();

    var typedLoosely = browser.get("/publico/certificados/" + code.toLowerCase(java.util.Locale.ROOT).replace("-", ""));
    assertThat(typedLoosely.text("certificate-valid")).isEqualTo("Certificado " + code + " válido");
    var page = browser.get("/publico/certificados/" + code);
    assertThat(page.text("certificate-person")).matches("Participante: .+ \\(CPF \\*\\*\\*\\.\\d{3}\\.\\d{3}-\\*\\*\\)");
    assertThat(browser.get("/publico/certificados/" + code, Map.of("If-None-Match", page.header("ETag"))).status()).isEqualTo(304);
    var typed = browser.get("/publico/certificados?codigo=" + code);
    assertThat(typed.status()).isEqualTo(302);
    assertThat(typed.header("Location")).endsWith("/publico/certificados/" + code);
    assertThat(browser.get("/publico/certificados/ZZZZ-ZZZZ").text("certificate-not-found"))
        .isEqualTo("Nenhum certificado com este código.");

    String action = page.page().getElementById("certificate-upload").attr("action");
    Document authentic = post(action, pdf);
    assertThat(authentic.getElementById("certificate-upload-authentic").text())
        .isEqualTo("Este arquivo é exatamente o certificado " + code + " emitido.");
    byte[] altered = Arrays.copyOf(pdf, pdf.length);
    altered[altered.length / 2] ^= 0x01;
    assertThat(post(action, altered).getElementById("certificate-upload-different").text())
        .isEqualTo("Este arquivo NÃO é o certificado " + code + " emitido: foi alterado ou é outro documento.");
    assertThat(post(action, new byte[0]).getElementById("certificate-upload-missing").text())
        .isEqualTo("Escolha o arquivo PDF do certificado antes de enviar.");
    assertThat(sessions.created() - before).isZero();
  }

  private String issuedCode() {
    return jdbc.sql("SELECT code FROM platform.training_certificate WHERE revoked_at IS NULL ORDER BY issued_at LIMIT 1")
        .query(String.class).single();
  }

  /** The upload form as a browser posts it: multipart, one file field named "arquivo". */
  private Document post(String action, byte[] file) throws Exception {
    String boundary = "----teia" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\""
        + (file.length == 0 ? "" : "certificado.pdf") + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + file.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(file, 0, body, head.length, file.length);
    System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    return Jsoup.parse(answer.body());
  }
}
