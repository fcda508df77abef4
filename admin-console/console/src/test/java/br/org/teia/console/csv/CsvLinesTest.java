package br.org.teia.console.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {

  @Test
  void lines_keep_their_number_in_the_file_across_a_header_and_blank_lines() {
    List<CsvLines.Row> rows = CsvLines.parse("""
        codigo;regiao
        3118601;Central

        3144805 ; "Sul; e Oeste"
           \s
        3144805
        """);

    assertThat(rows).extracting(CsvLines.Row::line, CsvLines.Row::fields).containsExactly(
        tuple(2, List.of("3118601", "Central")),
        tuple(4, List.of("3144805", "Sul; e Oeste")),
        tuple(6, List.of("3144805")));
    assertThat(rows.getLast().field(1)).isEmpty();
    assertThat(rows.get(1).text()).isEqualTo("3144805;Sul; e Oeste");
  }

  @Test
  void a_bom_crlf_quotes_and_doubled_quotes_are_read_as_excel_writes_them() {
    List<CsvLines.Row> rows = CsvLines.parse("\uFEFF3166600;833\r\n3110004;\"38.776\"\r\n\"3106200\";\"a \"\"b\"\"\"\r\n"
        .getBytes(StandardCharsets.UTF_8));

    assertThat(rows).extracting(CsvLines.Row::line, CsvLines.Row::fields).containsExactly(
        tuple(1, List.of("3166600", "833")), tuple(2, List.of("3110004", "38.776")),
        tuple(3, List.of("3106200", "a \"b\"")));
  }

  @Test
  void commas_or_tabs_separate_when_the_file_has_no_semicolon() {
    assertThat(CsvLines.parse("3166600,833\n3110004,900\n")).extracting(CsvLines.Row::fields)
        .containsExactly(List.of("3166600", "833"), List.of("3110004", "900"));
    assertThat(CsvLines.parse("3166600\t833\r3110004\t900")).extracting(CsvLines.Row::line, CsvLines.Row::fields)
        .containsExactly(tuple(1, List.of("3166600", "833")), tuple(2, List.of("3110004", "900")));
  }

  @Test
  void a_header_only_or_empty_file_has_no_rows() {
    assertThat(CsvLines.parse("codigo;regiao\n\n")).isEmpty();
    assertThat(CsvLines.parse("")).isEmpty();
  }

  @Test
  void a_quote_never_closed_refuses_the_file_at_its_line() {
    assertThatThrownBy(() -> CsvLines.parse("codigo;regiao\n3118601;Central\n3144805;\"Sul\n3106200;Norte\n"))
        .isInstanceOfSatisfying(RowErrorsException.class, e -> assertThat(e.errors())
            .extracting(RowError::line, RowError::messageKey).containsExactly(tuple(3, "console.import.quote")));
  }

  @Test
  void typed_lists_split_on_blanks_commas_and_semicolons() {
    assertThat(CsvLines.words(" 3106200, 3118601;3144805\n3170206 ")).containsExactly("3106200", "3118601",
        "3144805", "3170206");
    assertThat(CsvLines.words("  ")).isEmpty();
  }
}
