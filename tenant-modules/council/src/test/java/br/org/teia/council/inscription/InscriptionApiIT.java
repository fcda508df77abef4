package br.org.teia.council.inscription;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilFixtures;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.OidcTestBase;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The inscription endpoints with real bearer tokens: steps, uploads, PDFs, roles and the tenant boundary,
 * on CMAS of the tests' own (Juruaia with the module fixture's inscriptions, Juvenília).
 */
class InscriptionApiIT extends OidcTestBase {

  /** Two municipalities of the tests' own, each with a CMAS of the module fixture. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalitiesWithTheirCmas() {
    CouncilFixtures fixtures = new CouncilFixtures(context);
    city = fixtures.inscriptions(onboarded("3136900"));
    other = fixtures.cmas(onboarded("3136959"));
  }


  private final HttpClient http = HttpClient.newHttpClient();
  private static final byte[] PDF = "%PDF-1.4\n% ata de eleição\n".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void the_secretary_requests_moves_a_step_and_a_skipped_step_is_refused_in_portuguese() throws Exception {
    String token = token(Role.COUNCIL_SECRETARY, city);
    String base = "/api/v1/council/councils/" + cmasId(token) + "/inscriptions";
    HttpResponse<String> created = send("POST", base, token, """
        {"kind":"ENTITY","cnpj":"%s","entityName":"Associação da API","services":"SCFV","requestedOn":"%s"}"""
        .formatted(newCnpj(), LocalDate.now()));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created).get("id").asString();
    assertThat(json(created).get("step").asString()).isEqualTo("DOCUMENTARY_ANALYSIS");

    HttpResponse<String> skipped = send("POST", base + "/" + id + "/publication", token,
        "{\"on\":\"" + LocalDate.now() + "\",\"text\":\"Diário Oficial\"}");
    assertThat(skipped.statusCode()).isEqualTo(422);
    assertThat(json(skipped).get("code").asString()).isEqualTo("council.inscription.wrong-step");
    assertThat(json(skipped).get("detail").asString()).isEqualTo(
        "Esta inscrição está na etapa 1; a ação pedida é da etapa 5. Nenhuma etapa pode ser pulada.");

    HttpResponse<String> analysed = send("POST", base + "/" + id + "/documentary-analysis", token,
        "{\"on\":\"" + LocalDate.now() + "\",\"text\":\"Completa\"}");
    assertThat(analysed.statusCode()).isEqualTo(200);
    assertThat(json(analysed).get("step").asString()).isEqualTo("TECHNICAL_VISIT");

    JsonNode page = json(send("GET", base + "?step=TECHNICAL_VISIT&page=0&size=100", token, null));
    assertThat(page.get("items").findValuesAsString("id")).contains(id);
    assertThat(json(send("GET", base + "/" + id, token, null)).get("acts").size()).isEqualTo(2);
  }

  @Test
  void uploads_too_large_of_a_wrong_type_or_empty_are_refused_with_clear_messages_and_a_pdf_is_kept() throws Exception {
    String token = token(Role.COUNCIL_SECRETARY, city);
    String base = "/api/v1/council/councils/" + cmasId(token) + "/inscriptions";
    String id = json(send("POST", base, token, """
        {"kind":"SERVICES","cnpj":"%s","entityName":"Entidade dos Anexos","requestedOn":"%s"}"""
        .formatted(newCnpj(), LocalDate.now()))).get("id").asString();

    byte[] large = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, large, 0, PDF.length);
    HttpResponse<String> tooLarge = upload(base + "/" + id + "/documents", token, "grande.pdf", large);
    assertThat(tooLarge.statusCode()).isEqualTo(422);
    assertThat(json(tooLarge).get("detail").asString()).isEqualTo("O arquivo tem 5,0 MB; o limite é 5 MB.");

    HttpResponse<String> wrongType = upload(base + "/" + id + "/documents", token, "planilha.pdf",
        "PK\u0003\u0004 planilha".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(wrongType.statusCode()).isEqualTo(422);
    assertThat(json(wrongType).get("detail").asString())
        .isEqualTo("Tipo de arquivo não aceito: envie um PDF, PNG ou JPEG.");

    HttpResponse<String> empty = upload(base + "/" + id + "/documents", token, "vazio.pdf", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(json(empty).get("code").asString()).isEqualTo("council.inscription.document.empty");

    HttpResponse<String> kept = upload(base + "/" + id + "/documents", token, "ata.pdf", PDF);
    assertThat(kept.statusCode()).isEqualTo(201);
    assertThat(json(kept).get("contentType").asString()).isEqualTo("application/pdf");
    HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(app(base + "/" + id + "/documents/"
            + json(kept).get("id").asString())).header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(json(send("GET", base + "/" + id, token, null)).get("documents").size()).isEqualTo(1);
  }

  @Test
  void the_certificate_and_letter_of_the_inscribed_entity_are_pdfs() throws Exception {
    String token = token(Role.COUNCIL_MEMBER, city);
    String base = "/api/v1/council/councils/" + cmasId(token) + "/inscriptions";
    String id = json(send("GET", base + "?step=COMPLETED", token, null)).get("items").get(0).get("id").asString();
    for (String pdf : new String[] {"/certificate.pdf", "/letter.pdf"}) {
      HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(app(base + "/" + id + pdf))
          .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(answer.statusCode()).as(pdf).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type")).get().isEqualTo("application/pdf");
      assertThat(new String(answer.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
  }

  @Test
  void councillors_read_but_cannot_write_and_another_municipality_gets_404() throws Exception {
    String member = token(Role.COUNCIL_MEMBER, city);
    String council = cmasId(member);
    String base = "/api/v1/council/councils/" + council + "/inscriptions";
    String id = json(send("GET", base, member, null)).get("items").get(0).get("id").asString();
    assertThat(send("POST", base, member, "{\"kind\":\"ENTITY\",\"cnpj\":\"" + newCnpj()
        + "\",\"entityName\":\"X\",\"requestedOn\":\"" + LocalDate.now() + "\"}").statusCode()).isEqualTo(403);
    assertThat(upload(base + "/" + id + "/documents", member, "a.pdf", PDF).statusCode()).isEqualTo(403);
    assertThat(send("GET", base, token(Role.MUNICIPAL_STAFF, city), null).statusCode())
        .isEqualTo(403);

    String theirs = token(Role.COUNCIL_SECRETARY, other);
    assertThat(send("GET", base + "/" + id, theirs, null).statusCode()).isEqualTo(404);
    String theirBase = "/api/v1/council/councils/" + cmasId(theirs) + "/inscriptions";
    HttpResponse<String> crossed = send("GET", theirBase + "/" + id, theirs, null);
    assertThat(crossed.statusCode()).isEqualTo(404);
    assertThat(json(crossed).get("code").asString()).isEqualTo("council.inscription.not-found");
    assertThat(upload(theirBase + "/" + id + "/documents", theirs, "a.pdf", PDF).statusCode()).isEqualTo(404);
    assertThat(send("GET", base + "/" + UUID.randomUUID(), member, null).statusCode()).isEqualTo(404);
  }

  private static String newCnpj() {
    return CouncilFixtures.cnpj();
  }

  private HttpResponse<String> upload(String path, String token, String fileName, byte[] content) throws Exception {
    String boundary = "teia" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(app(path))
        .header("Accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String cmasId(String token) throws Exception {
    for (JsonNode council : json(send("GET", "/api/v1/council/councils", token, null))) {
      if (council.get("acronym").asString().equals("CMAS")) {
        return council.get("id").asString();
      }
    }
    throw new AssertionError("no CMAS");
  }
}
