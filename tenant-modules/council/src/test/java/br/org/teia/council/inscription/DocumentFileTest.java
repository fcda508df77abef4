package br.org.teia.council.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploaded documents: the type by the first bytes, never by the name; empty and too large refused. */
class DocumentFileTest {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

  @Test
  void pdf_png_and_jpeg_are_recognised_by_their_bytes_whatever_the_name() {
    assertThat(DocumentFile.of("estatuto.png", PDF).contentType()).isEqualTo("application/pdf");
    assertThat(DocumentFile.of("foto.pdf", PNG).contentType()).isEqualTo("image/png");
    assertThat(DocumentFile.of("foto", JPEG).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void the_sha256_is_that_of_the_bytes() {
    assertThat(DocumentFile.of("a.pdf", PDF).sha256()).hasSize(64)
        .isEqualTo(DocumentFile.of("b.pdf", PDF.clone()).sha256())
        .isNotEqualTo(DocumentFile.of("c.png", PNG).sha256());
  }

  @Test
  void an_executable_renamed_to_pdf_is_refused() {
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
    assertThatThrownBy(() -> DocumentFile.of("estatuto.pdf", exe)).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.inscription.document.type"));
  }

  @Test
  void empty_and_larger_than_five_megabytes_are_refused_but_exactly_five_is_accepted() {
    assertThatThrownBy(() -> DocumentFile.of("vazio.pdf", new byte[0])).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.inscription.document.empty"));
    byte[] five = new byte[DocumentFile.MAX_BYTES];
    System.arraycopy(PDF, 0, five, 0, PDF.length);
    assertThat(DocumentFile.of("cinco.pdf", five).content()).hasSize(5 * 1024 * 1024);
    byte[] tooLarge = new byte[DocumentFile.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
    assertThatThrownBy(() -> DocumentFile.of("grande.pdf", tooLarge)).isInstanceOfSatisfying(TeiaException.class,
        e -> {
          assertThat(e.messageKey()).isEqualTo("council.inscription.document.too-large");
          assertThat(e.arguments()).containsExactly("5,0");
        });
  }

  @Test
  void a_path_in_the_file_name_is_neutralised() {
    assertThat(DocumentFile.of("../../etc/passwd.pdf", PDF).fileName()).doesNotContain("/");
  }

  @Test
  void verification_codes_are_read_as_people_type_them() {
    assertThat(InscriptionService.normaliseCode(" abcd efgh-2345 ")).isEqualTo("ABCD-EFGH-2345");
    assertThat(InscriptionService.normaliseCode("ABCD-EFGH")).isNull();
    assertThat(InscriptionService.normaliseCode(null)).isNull();
  }
}
