package br.org.teia.structure.entity;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
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
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * The network of entities as a spreadsheet, like the units' export: CSV as Brazilian Excel opens it
 * (UTF-8 with BOM, semicolons, dd/MM/yyyy) and XLSX (fastexcel) with real dates and numbers.
 * Readers of the list only (never the association): it carries the entities' business contacts.
 */
@Service
public class SocialEntityExport {

  public static final String CSV_TYPE = "text/csv;charset=UTF-8";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One column: its header key and its value for an entity (String, Number or LocalDate). */
  private record Column(String headerKey, Function<SocialEntitySummary, Object> value) {}

  private final SocialEntityService entities;
  private final Messages messages;

  SocialEntityExport(SocialEntityService entities, Messages messages) {
    this.entities = entities;
    this.messages = messages;
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] csv(String search, InscriptionState state, Locale locale) {
    List<Column> columns = columns(locale);
    StringBuilder text = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8
    text.append(String.join(";", columns.stream().map(c -> csvField(messages.get(locale, c.headerKey()))).toList()))
        .append("\r\n");
    for (SocialEntitySummary entity : entities.listAll(search, state)) {
      text.append(String.join(";", columns.stream().map(c -> csvField(csvText(c.value().apply(entity)))).toList()))
          .append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] xlsx(String search, InscriptionState state, Locale locale) {
    List<Column> columns = columns(locale);
    List<SocialEntitySummary> rows = entities.listAll(search, state);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Teia", "1.0")) {
      Worksheet sheet = workbook.newWorksheet(messages.get(locale, "structure.entity.export.sheet"));
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
        new Column("structure.entity.cnpj", SocialEntitySummary::cnpjFormatted),
        new Column("structure.entity.legal-name", SocialEntitySummary::legalName),
        new Column("structure.entity.trade-name", SocialEntitySummary::tradeName),
        new Column("structure.entity.actions", e -> e.actions().stream().sorted()
            .map(a -> messages.get(locale, a.labelKey())).collect(Collectors.joining(", "))),
        new Column("structure.entity.services", e -> e.services().stream()
            .map(s -> s.serviceCode() + " (" + s.capacity() + ")").collect(Collectors.joining(", "))),
        new Column("structure.entity.total-capacity", SocialEntitySummary::totalCapacity),
        new Column("structure.entity.cneas", SocialEntitySummary::cneasNumber),
        new Column("structure.entity.address", SocialEntitySummary::address),
        new Column("structure.entity.territory", SocialEntitySummary::territoryName),
        new Column("structure.entity.phone", SocialEntitySummary::phone),
        new Column("structure.entity.email", SocialEntitySummary::email),
        new Column("structure.entity.contact-name", SocialEntitySummary::contactName),
        new Column("structure.entity.cmas", e -> messages.get(locale, e.cmas().state().labelKey())),
        new Column("structure.entity.cmas-date", e -> e.cmas().date()),
        new Column("structure.entity.certificate", e -> e.cmas().certificateCode()));
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
