package br.org.teia.kernel.export;

import br.org.teia.kernel.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written as CSV the way Brazilian Excel opens it (UTF-8 with BOM, semicolons, CRLF,
 * dd/MM/yyyy, decimal comma; Apache Commons CSV quotes) or as XLSX (fastexcel) with real dates and
 * numbers (numeric cells formatted with thousands separators, shown in the reader's own locale). Cells
 * are String, Number, LocalDate or null. Every module's export goes through here.
 *
 * <p>Text that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * tab or carriage return first) is written with a leading apostrophe ({@link #neutralised}), so a
 * name typed as {@code =HYPERLINK(...)} stays text when the file is opened (CSV injection, OWASP).
 * Numbers and dates are written as values and never changed.
 *
 * @param <T> the row type
 */
public final class Spreadsheet<T> {

  public static final String CSV_TYPE = "text/csv;charset=UTF-8";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Excel's dialect with the Brazilian separator (the comma is the decimal separator there). */
  private static final CSVFormat BRAZILIAN_EXCEL = CSVFormat.EXCEL.builder().setDelimiter(';').get();

  /** A column: its (translated) header and its value for a row. */
  public record Column<T>(String header, Function<T, Object> value) {}

  private final List<Column<T>> columns;

  public Spreadsheet(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * Columns whose headers are message keys, translated for {@code locale}:
   * {@code Spreadsheet.<UnitSummary>translated(messages, locale).column("structure.unit.name", UnitSummary::name).build()}.
   */
  public static <T> Translated<T> translated(Messages messages, Locale locale) {
    return new Translated<>(messages, locale);
  }

  /** Collects columns by header key; {@link #build} makes the spreadsheet. */
  public static final class Translated<T> {

    private final Messages messages;
    private final Locale locale;
    private final List<Column<T>> columns = new ArrayList<>();

    private Translated(Messages messages, Locale locale) {
      this.messages = messages;
      this.locale = locale;
    }

    /** A column headed by the message {@code headerKey} (with its {@code headerArguments}, e.g. a year). */
    public Translated<T> column(String headerKey, Function<T, Object> value, Object... headerArguments) {
      columns.add(new Column<>(messages.get(locale, headerKey, headerArguments), value));
      return this;
    }

    public Spreadsheet<T> build() {
      return new Spreadsheet<>(columns);
    }
  }

  public byte[] csv(List<T> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, BRAZILIAN_EXCEL)) {
      writer.write('\uFEFF'); // the BOM makes Excel read UTF-8
      printer.printRecord(columns.stream().map(c -> neutralised(c.header())));
      for (T row : rows) {
        printer.printRecord(columns.stream().map(c -> csvText(c.value().apply(row))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public byte[] xlsx(String sheetName, List<T> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Teia", "1.0")) {
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, neutralised(columns.get(c).header()));
        sheet.style(0, c).bold().set();
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          Object value = columns.get(c).value().apply(rows.get(r));
          switch (value) {
            case null -> { }
            case Number number -> {
              sheet.value(r + 1, c, number);
              sheet.style(r + 1, c).format(whole(number) ? "#,##0" : "#,##0.0#########").set();
            }
            case LocalDate date -> {
              sheet.value(r + 1, c, date);
              sheet.style(r + 1, c).format("dd/mm/yyyy").set();
            }
            default -> sheet.value(r + 1, c, neutralised(value.toString()));
          }
        }
      }
      sheet.freezePane(0, 1);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** {@code text} with a leading apostrophe when a spreadsheet would read it as a formula. */
  public static String neutralised(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }

  private static String csvText(Object value) {
    return switch (value) {
      case null -> "";
      case Number number -> csvNumber(number);
      case LocalDate date -> BRAZILIAN_DATE.format(date);
      default -> neutralised(value.toString());
    };
  }

  /** A number as Brazilian Excel reads it: decimal comma ("23,5"), no thousands separator, no exponent. */
  static String csvNumber(Number number) {
    return decimal(number).toPlainString().replace('.', ',');
  }

  private static boolean whole(Number number) {
    return decimal(number).stripTrailingZeros().scale() <= 0;
  }

  private static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal d) {
      return d;
    }
    if (number instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    boolean integral = number instanceof Byte || number instanceof Short || number instanceof Integer || number instanceof Long;
    return integral ? BigDecimal.valueOf(number.longValue()) : BigDecimal.valueOf(number.doubleValue());
  }
}
