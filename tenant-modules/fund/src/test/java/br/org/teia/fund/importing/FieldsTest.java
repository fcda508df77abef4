package br.org.teia.fund.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import br.org.teia.fund.ledger.LineRefusal;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldsTest {

  private static Fields fields(List<LineRefusal> refusals, String column, String value) {
    return new Fields(CsvTable.Row.of(7, Map.of(column, value)), refusals);
  }

  @Test
  void amounts_with_a_decimal_comma_come_at_scale_two_and_are_never_rounded() {
    List<LineRefusal> refusals = new ArrayList<>();
    assertThat(fields(refusals, "valor", "1.234,56").amount("valor")).hasValue(new BigDecimal("1234.56"));
    assertThat(fields(refusals, "valor", "800").amount("valor").orElseThrow()).hasToString("800.00");
    assertThat(fields(refusals, "valor", "0,1").amount("valor").orElseThrow()).hasToString("0.10");
    assertThat(fields(refusals, "valor", "9.999.999.999.999,99").amount("valor")).isPresent();
    assertThat(refusals).isEmpty();

    assertThat(fields(refusals, "valor", "10,001").amount("valor")).isEmpty();
    assertThat(fields(refusals, "valor", "1.234.5").amount("valor")).isEmpty();
    assertThat(fields(refusals, "valor", "1234.56").amount("valor")).isEmpty();
    assertThat(fields(refusals, "valor", "0,00").amount("valor")).isEmpty();
    assertThat(fields(refusals, "valor", "-5,00").amount("valor")).isEmpty();
    assertThat(fields(refusals, "valor", "10.000.000.000.000,00").amount("valor")).isEmpty();
    assertThat(refusals).extracting(LineRefusal::line, LineRefusal::column, LineRefusal::messageKey).containsExactly(
        tuple(7, "valor", "fund.import.amount.decimals"),
        tuple(7, "valor", "fund.import.amount.format"),
        tuple(7, "valor", "fund.import.amount.format"),
        tuple(7, "valor", "fund.import.amount.range"),
        tuple(7, "valor", "fund.import.amount.format"),
        tuple(7, "valor", "fund.import.amount.range"));
  }

  @Test
  void stages_are_read_whatever_their_accents_and_case_and_a_bare_estorno_is_refused() {
    List<LineRefusal> refusals = new ArrayList<>();
    assertThat(fields(refusals, "fase", "LIQUIDACAO").stage("fase")).isPresent();
    assertThat(fields(refusals, "fase", "Estorno de  Pagamento").stage("fase")).isPresent();
    assertThat(fields(refusals, "fase", "estorno").stage("fase")).isEmpty();
    assertThat(refusals).extracting(LineRefusal::messageKey).containsExactly("fund.import.stage.unknown");
  }

  @Test
  void lines_are_numbered_as_in_the_file_across_blank_lines_crlf_and_quoted_separators() {
    String text = "Bloco;Valor\r\n\r\nPSB;\"1.000,00\"\r\n\r\n\r\n\"PSE; média\";2,00\r\n";
    CsvTable table = CsvTable.read(text.getBytes(StandardCharsets.UTF_8), Set.of("bloco", "valor"));
    assertThat(table.refusals()).isEmpty();
    assertThat(table.rows()).extracting(CsvTable.Row::line, r -> r.get("bloco"), r -> r.get("valor"))
        .containsExactly(tuple(3, "PSB", "1.000,00"), tuple(6, "PSE; média", "2,00"));

    CsvTable open = CsvTable.read("bloco;valor\nPSB;1,00\n\"PSE;2,00\n".getBytes(StandardCharsets.UTF_8),
        Set.of("bloco", "valor"));
    assertThat(open.refusals()).extracting(LineRefusal::line, LineRefusal::messageKey)
        .containsExactly(tuple(3, "fund.import.quote"));
  }

  /** The documents are checked once per file (the check digits are slow): a wrong one still refuses every line naming it. */
  @Test
  void a_wrong_creditor_document_is_refused_on_every_line_of_the_file_that_names_it() {
    List<LineRefusal> refusals = new ArrayList<>();
    Fields.Memo file = new Fields.Memo();
    String good = br.org.teia.kernel.suas.Cnpj.withCheckDigits("112223330001").formatted();
    for (int line = 2; line <= 3; line++) {
      Fields f = new Fields(CsvTable.Row.of(line, Map.of("credor_documento", "11.111.111/1111-11")), refusals, file);
      assertThat(f.cpfOrCnpj("credor_documento")).isEmpty();
      Fields g = new Fields(CsvTable.Row.of(line, Map.of("credor_documento", good)), refusals, file);
      assertThat(g.cpfOrCnpj("credor_documento")).hasValue(br.org.teia.kernel.suas.Cnpj.strip(good));
    }
    assertThat(refusals).extracting(LineRefusal::line, LineRefusal::messageKey).containsExactly(
        tuple(2, "fund.import.creditor.document.invalid"), tuple(3, "fund.import.creditor.document.invalid"));
  }

  @Test
  void dates_are_day_month_year_and_a_day_the_month_lacks_is_refused() {
    List<LineRefusal> refusals = new ArrayList<>();
    assertThat(fields(refusals, "data", "02/03/2026").date("data")).hasValue(java.time.LocalDate.of(2026, 3, 2));
    assertThat(fields(refusals, "data", "29/02/2028").date("data")).hasValue(java.time.LocalDate.of(2028, 2, 29));
    assertThat(refusals).isEmpty();

    assertThat(fields(refusals, "data", "31/02/2026").date("data")).isEmpty();
    assertThat(fields(refusals, "data", "29/02/2026").date("data")).isEmpty();
    assertThat(fields(refusals, "data", "13/13/2026").date("data")).isEmpty();
    assertThat(fields(refusals, "data", "2/3/2026").date("data")).isEmpty();
    assertThat(fields(refusals, "data", "2026-03-02").date("data")).isEmpty();
    assertThat(refusals).extracting(LineRefusal::messageKey).containsOnly("fund.import.date.format").hasSize(5);
  }
}
