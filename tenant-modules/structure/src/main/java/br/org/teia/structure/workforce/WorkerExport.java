package br.org.teia.structure.workforce;

import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

/**
 * The workers list as a spreadsheet, like the units export: CSV as Brazilian Excel opens it
 * (UTF-8 with BOM, semicolons) and XLSX. CPFs only masked. A list of named people is personal
 * data, so each export is audited (PERSONAL_DATA_READ, how many rows).
 */
@Service
public class WorkerExport {

  public static final String CSV_TYPE = "text/csv;charset=UTF-8";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** One column: its header key and its value for a worker (String or Number). */
  private record Column(String headerKey, Function<WorkerSummary, Object> value) {}

  private final WorkerService workers;
  private final Messages messages;
  private final AuditLog audit;

  WorkerExport(WorkerService workers, Messages messages, AuditLog audit) {
    this.workers = workers;
    this.messages = messages;
    this.audit = audit;
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] csv(String search, UUID unitId, Locale locale) {
    List<Column> columns = columns(locale);
    List<WorkerSummary> rows = workers.listAll(search, unitId);
    StringBuilder text = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8
    text.append(String.join(";", columns.stream().map(c -> csvField(messages.get(locale, c.headerKey()))).toList()))
        .append("\r\n");
    for (WorkerSummary worker : rows) {
      text.append(String.join(";", columns.stream().map(c -> csvField(csvText(c.value().apply(worker)))).toList()))
          .append("\r\n");
    }
    audit.record(AuditAction.PERSONAL_DATA_READ, WorkerService.AUDIT_ENTITY, "*", "export csv: " + rows.size());
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @RolesAllowed(StructureAccess.READ)
  public byte[] xlsx(String search, UUID unitId, Locale locale) {
    List<Column> columns = columns(locale);
    List<WorkerSummary> rows = workers.listAll(search, unitId);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "Teia", "1.0")) {
      Worksheet sheet = workbook.newWorksheet(messages.get(locale, "structure.worker.export.sheet"));
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, messages.get(locale, columns.get(c).headerKey()));
        sheet.style(0, c).bold().set();
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          switch (columns.get(c).value().apply(rows.get(r))) {
            case null -> { }
            case Number number -> sheet.value(r + 1, c, number);
            case Object value -> sheet.value(r + 1, c, value.toString());
          }
        }
      }
      sheet.freezePane(0, 1);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(AuditAction.PERSONAL_DATA_READ, WorkerService.AUDIT_ENTITY, "*", "export xlsx: " + rows.size());
    return bytes.toByteArray();
  }

  private List<Column> columns(Locale locale) {
    return List.of(
        new Column("structure.worker.name", WorkerSummary::name),
        new Column("structure.worker.cpf.masked", WorkerSummary::maskedCpf),
        new Column("structure.worker.profession", w -> messages.get(locale, w.profession().labelKey())),
        new Column("structure.worker.education", w -> messages.get(locale, w.educationLevel().labelKey())),
        new Column("structure.worker.bond", w -> messages.get(locale, w.bond().labelKey())),
        new Column("structure.worker.hours", WorkerSummary::weeklyHours),
        new Column("structure.worker.unit", WorkerSummary::unitName),
        new Column("structure.worker.coordinator",
            w -> messages.get(locale, w.coordinator() ? "structure.worker.yes" : "structure.worker.no")));
  }

  private static String csvText(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String csvField(String text) {
    boolean quote = text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
