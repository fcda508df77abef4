package br.org.teia.kernel.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table written as CSV the way Brazilian Excel opens it (UTF-8 with BOM, semicolons, dd/MM/yyyy)
 * or as XLSX (fastexcel) with real dates and numbers. Cells are String, Number, LocalDate or null.
 *
 * @param <T> the row type
 */
public final class Spreadsheet<T> {

  public static final String CSV_TYPE = "text/csv;charset=UTF-8";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A column: its (translated) header and its value for a row. */
  public record Column<T>(String header, Function<T, Object> value) {}

  private final List<Column<T>> columns;

  public Spreadsheet(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  public byte[] csv(List<T> rows) {
    StringBuilder text = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8
    text.append(String.join(";", columns.stream().map(c -> csvField(c.header())).toList())).append("\r\n");
    for (T row : rows) {
      text.append(String.join(";", columns.stream().map(c -> csvField(csvText(c.value().apply(row)))).toList()))
          .append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  public byte[] xlsx(String sheetName, List<T> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Teia", "1.0")) {
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, columns.get(c).header());
        sheet.style(0, c).bold().set();
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          Object value = columns.get(c).value().apply(rows.get(r));
          switch (value) {
            case null -> { }
            case Number number -> sheet.value(r + 1, c, number);
            case LocalDate date -> {
              sheet.value(r + 1, c, date);
              sheet.style(r + 1, c).format("dd/mm/yyyy").set();
            }
            default -> sheet.value(r + 1, c, value.toString());
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

  /** A file for a REST answer: the browser saves it under {@code name}. */
  public static org.springframework.http.ResponseEntity<byte[]> attachment(byte[] content, String name, String type) {
    return org.springframework.http.ResponseEntity.ok()
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .contentType(org.springframework.http.MediaType.parseMediaType(type))
        .body(content);
  }

  /** A file for a Vaadin download link. */
  public static com.vaadin.flow.server.streams.DownloadResponse download(byte[] content, String name, String type) {
    return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(content), name, type,
        content.length);
  }

  private static String csvText(Object value) {
    return switch (value) {
      case null -> "";
      case LocalDate date -> BRAZILIAN_DATE.format(date);
      default -> value.toString();
    };
  }

  private static String csvField(String text) {
    boolean quote = text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
