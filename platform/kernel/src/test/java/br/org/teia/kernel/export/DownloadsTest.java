package br.org.teia.kernel.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

class DownloadsTest {

  @Test
  void a_file_name_with_accents_reaches_the_browser_encoded_as_rfc_5987_asks() {
    var answer = Downloads.attachment(new byte[] {1}, "comparação-região São João.csv", Spreadsheet.CSV_TYPE);

    String header = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(header).startsWith("attachment;")
        .contains("filename*=UTF-8''compara%C3%A7%C3%A3o-regi%C3%A3o%20S%C3%A3o%20Jo%C3%A3o.csv");
    ContentDisposition parsed = ContentDisposition.parse(header);
    assertThat(parsed.getFilename()).isEqualTo("comparação-região São João.csv");
    assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(answer.getHeaders().getContentType()).hasToString(Spreadsheet.CSV_TYPE);
  }

  @Test
  void a_plain_name_keeps_its_plain_filename() {
    var answer = Downloads.attachment(new byte[] {1}, "unidades.xlsx", Spreadsheet.XLSX_TYPE);

    assertThat(ContentDisposition.parse(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
        .isEqualTo("unidades.xlsx");
  }
}
