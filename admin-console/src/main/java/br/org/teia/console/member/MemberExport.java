package br.org.teia.console.member;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.i18n.Messages;
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
 * The member catalogue as a spreadsheet, with the grid's filters: CSV as Brazilian Excel opens it
 * (UTF-8 with BOM, semicolons, dd/MM/yyyy) and XLSX with real numbers and dates.
 */
@Service
public class MemberExport {

  public static final String CSV_TYPE = "text/csv;charset=UTF-8";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private record Column(String header, Function<MemberSummary, Object> value) {}

  private final MemberService members;
  private final Messages messages;

  MemberExport(MemberService members, Messages messages) {
    this.members = members;
    this.messages = messages;
  }

  @RolesAllowed(ConsoleAccess.STAFF)
  public byte[] csv(MemberFilter filter, Locale locale) {
    List<Column> columns = columns(locale, filter.year());
    StringBuilder text = new StringBuilder("\uFEFF");
    text.append(String.join(";", columns.stream().map(c -> csvField(c.header())).toList())).append("\r\n");
    for (MemberSummary member : members.listAll(filter)) {
      text.append(String.join(";", columns.stream().map(c -> csvField(csvText(c.value().apply(member)))).toList()))
          .append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @RolesAllowed(ConsoleAccess.STAFF)
  public byte[] xlsx(MemberFilter filter, Locale locale) {
    List<Column> columns = columns(locale, filter.year());
    List<MemberSummary> rows = members.listAll(filter);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Teia", "1.0")) {
      Worksheet sheet = workbook.newWorksheet(messages.get(locale, "console.member.export.sheet"));
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, columns.get(c).header());
        sheet.style(0, c).bold().set();
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          switch (columns.get(c).value().apply(rows.get(r))) {
            case null -> { }
            case Number number -> sheet.value(r + 1, c, number);
            case LocalDate date -> {
              sheet.value(r + 1, c, date);
              sheet.style(r + 1, c).format("dd/mm/yyyy").set();
            }
            case Object value -> sheet.value(r + 1, c, value.toString());
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

  private List<Column> columns(Locale locale, int year) {
    return List.of(
        new Column(text(locale, "console.member.ibge"), MemberSummary::ibgeCode),
        new Column(text(locale, "console.member.name"), MemberSummary::name),
        new Column(text(locale, "console.member.uf"), MemberSummary::uf),
        new Column(text(locale, "console.member.population"), MemberSummary::population),
        new Column(text(locale, "console.member.size-class"),
            m -> m.sizeClass() == null ? null : text(locale, m.sizeClass().labelKey())),
        new Column(text(locale, "console.member.status"), m -> text(locale, "tenant.status." + m.status().name())),
        new Column(text(locale, "console.member.changelog-version"), MemberSummary::changelogVersion),
        new Column(text(locale, "console.member.adhesion"), MemberSummary::adhesionDate),
        new Column(text(locale, "console.member.manager"), MemberSummary::managerName),
        new Column(text(locale, "console.member.manager-email"), MemberSummary::managerEmail),
        new Column(text(locale, "console.member.manager-phone"), MemberSummary::managerPhone),
        new Column(text(locale, "console.member.contact"), MemberSummary::contactName),
        new Column(text(locale, "console.member.contact-email"), MemberSummary::contactEmail),
        new Column(text(locale, "console.member.contact-phone"), MemberSummary::contactPhone),
        new Column(text(locale, "console.member.contribution-of", String.valueOf(year)),
            m -> text(locale, m.contribution().labelKey())));
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.get(locale, key, args);
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
