package br.org.teia.exchange.document;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.TeiaTestApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Portuguese full-text search over titles, tags and PDF text; versions; download counts; who may add. */
@SpringBootTest(classes = TeiaTestApplication.class)
class DocumentServiceIT {

  static final TenantId ABAETE = TenantId.of("3100203");

  @Autowired DocumentService documents;

  @Test
  void accented_and_plural_forms_find_each_other_in_titles_and_in_pdf_text() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID titled = add(new DocumentForm("Benefícios eventuais: orientações " + tag, "Nota técnica", "Notas técnicas", tag),
        new AttachmentFile("nota.txt", "text/plain", "sem relação".getBytes(StandardCharsets.UTF_8)));
    UUID inPdf = add(new DocumentForm("Resolução CMAS " + tag, null, "Legislação", tag),
        new AttachmentFile("resolucao.pdf", "application/pdf", pdf("Regulamenta a concessão do benefício eventual "
            + "por situação de vulnerabilidade temporária.")));
    UUID other = add(new DocumentForm("Tipificação nacional " + tag, null, "Legislação", tag),
        new AttachmentFile("tipificacao.txt", "text/plain", "serviços socioassistenciais".getBytes(StandardCharsets.UTF_8)));

    assertThat(search("benefício eventual " + tag, null)).containsExactlyInAnyOrder(titled, inPdf);
    assertThat(search("BENEFICIOS EVENTUAIS " + tag, null)).containsExactlyInAnyOrder(titled, inPdf);
    assertThat(search("vulnerabilidades temporarias " + tag, null)).containsExactly(inPdf);
    assertThat(search("servico socioassistencial " + tag, null)).containsExactly(other);
    assertThat(search(tag, "legislação")).containsExactlyInAnyOrder(inPdf, other);
  }

  @Test
  void a_new_version_replaces_the_searched_text_and_downloads_are_counted() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID id = add(new DocumentForm("Modelo de plano " + tag, null, "Modelos", null),
        new AttachmentFile("plano.pdf", "application/pdf", pdf("Primeira redação sobre acolhimento")));
    assertThat(search("acolhimento " + tag, null)).containsExactly(id);

    int version = as(Role.ASSOCIATION_STAFF, () -> documents.addVersion(id,
        new AttachmentFile("plano-v2.pdf", "application/pdf", pdf("Segunda redação sobre convivência"))));
    assertThat(version).isEqualTo(2);
    assertThat(search("acolhimento " + tag, null)).isEmpty();
    assertThat(search("convivencia " + tag, null)).containsExactly(id);

    AttachmentFile file = as(ABAETE, Role.MUNICIPAL_STAFF, () -> documents.download(id));
    as(ABAETE, Role.MUNICIPAL_STAFF, () -> documents.download(id));
    assertThat(file.fileName()).isEqualTo("plano-v2.pdf");
    DocumentSummary after = as(ABAETE, Role.MUNICIPAL_STAFF, () -> documents.get(id));
    assertThat(after.downloads()).isEqualTo(2);
    assertThat(after.version()).isEqualTo(2);
  }

  @Test
  void the_library_is_read_a_page_at_a_time_in_the_order_of_the_whole_search() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      add(new DocumentForm("Orientação " + i + " " + tag, null, "Paginação " + tag, tag),
          new AttachmentFile("o" + i + ".txt", "text/plain", "texto".getBytes(StandardCharsets.UTF_8)));
    }
    List<UUID> whole = search(tag, "Paginação " + tag);

    assertThat(whole).hasSize(3);
    assertThat(as(ABAETE, Role.MUNICIPAL_MANAGER, () -> documents.count(tag, "Paginação " + tag))).isEqualTo(3);
    assertThat(page(tag, 0, 2)).containsExactlyElementsOf(whole.subList(0, 2));
    assertThat(page(tag, 2, 2)).containsExactlyElementsOf(whole.subList(2, 3));
    assertThat(as(ABAETE, Role.MUNICIPAL_MANAGER, () -> documents.search("", "Paginação " + tag, 1, 1))).hasSize(1);
  }

  private List<UUID> page(String tag, int offset, int limit) {
    return as(ABAETE, Role.MUNICIPAL_MANAGER, () -> documents.search(tag, "Paginação " + tag, offset, limit)).stream()
        .map(DocumentSummary::id).toList();
  }

  @Test
  void only_staff_add_documents() {
    assertThatThrownBy(() -> as(ABAETE, Role.MUNICIPAL_MANAGER, () -> documents.add(
        new DocumentForm("x", null, "y", null), new AttachmentFile("a.txt", "text/plain", new byte[0]))))
        .isInstanceOf(AccessDeniedException.class);
  }

  private UUID add(DocumentForm form, AttachmentFile file) {
    return as(Role.ASSOCIATION_STAFF, () -> documents.add(form, file));
  }

  private List<UUID> search(String text, String folder) {
    return as(ABAETE, Role.MUNICIPAL_MANAGER, () -> documents.search(text, folder)).stream()
        .map(DocumentSummary::id).toList();
  }

  static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
