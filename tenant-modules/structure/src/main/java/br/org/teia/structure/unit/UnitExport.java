package br.org.teia.structure.unit;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * The units list as a spreadsheet: CSV as Brazilian Excel opens it (UTF-8 with BOM, semicolons,
 * dd/MM/yyyy) and XLSX (fastexcel) with real dates and numbers. One column list for both formats.
 */
@Service
public class UnitExport {

  public static final String CSV_TYPE = "text/csv;charset=UTF-8";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One column: its header key and its value for a unit (String, Number or LocalDate). */
  private record Column(String headerKey, Function<UnitSummary, Object> value) {}

  private final UnitService units;
  private final Messages messages;

  UnitExport(UnitService units, Messages messages) {
    this.units = units;
    this.messages = messages;
  }

  @RolesAllowed({Roles.MUNICIPAL_MANAGER, Roles.MUNICIPAL_STAFF, Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER})
  public byte[] csv(String search, UnitType type, Locale locale) {
    List<Column> columns = columns(locale);
    StringBuilder text = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8
    text.append(String.join(";", columns.stream().map(c -> csvField(messages.get(locale, c.headerKey()))).toList()))
        .append("\r\n");
    for (UnitSummary unit : units.listAll(search, type)) {
      text.append(String.join(";", columns.stream().map(c -> csvField(csvText(c.value().apply(unit)))).toList()))
          .append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @RolesAllowed({Roles.MUNICIPAL_MANAGER, Roles.MUNICIPAL_STAFF, Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER})
  public byte[] xlsx(String search, UnitType type, Locale locale) {
    List<Column> columns = columns(locale);
    List<UnitSummary> rows = units.listAll(search, type);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Teia", "1.0")) {
      Worksheet sheet = workbook.newWorksheet(messages.get(locale, "structure.unit.export.sheet"));
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, messages.get(locale, columns.get(c).headerKey()));
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

  private List<Column> columns(Locale locale) {
    return List.of(
        new Column("structure.unit.type", u -> messages.get(locale, u.type().labelKey())),
        new Column("structure.unit.name", UnitSummary::name),
        new Column("structure.unit.address", UnitSummary::address),
        new Column("structure.unit.territory", UnitSummary::territoryName),
        new Column("structure.unit.parent-cras", UnitSummary::parentCrasName),
        new Column("structure.unit.opening-date", UnitSummary::openingDate),
        new Column("structure.unit.status", u -> messages.get(locale, u.status().labelKey())),
        new Column("structure.unit.capacity", UnitSummary::capacity),
        new Column("structure.unit.services", u -> String.join(", ", u.services())));
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
