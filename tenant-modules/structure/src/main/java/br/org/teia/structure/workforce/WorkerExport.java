package br.org.teia.structure.workforce;

import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.PersonalDataRead;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The workers list as a spreadsheet, like the units export: CSV as Brazilian Excel opens it
 * (UTF-8 with BOM, semicolons) and XLSX. CPFs only masked. A list of named people is personal
 * data, so each export is audited (PERSONAL_DATA_READ, how many rows).
 */
@Service
public class WorkerExport {

  private final WorkerService workers;
  private final Messages messages;
  private final AuditLog audit;

  WorkerExport(WorkerService workers, Messages messages, AuditLog audit) {
    this.workers = workers;
    this.messages = messages;
    this.audit = audit;
  }

  @PersonalDataRead(WorkerService.AUDIT_ENTITY)
  @RolesAllowed(StructureAccess.WORKFORCE)
  public byte[] csv(String search, UUID unitId, Locale locale) {
    List<WorkerSummary> rows = workers.listAll(search, unitId);
    byte[] csv = spreadsheet(locale).csv(rows);
    audit.record(AuditAction.PERSONAL_DATA_READ, WorkerService.AUDIT_ENTITY, "*", "export csv: " + rows.size());
    return csv;
  }

  @PersonalDataRead(WorkerService.AUDIT_ENTITY)
  @RolesAllowed(StructureAccess.WORKFORCE)
  public byte[] xlsx(String search, UUID unitId, Locale locale) {
    List<WorkerSummary> rows = workers.listAll(search, unitId);
    byte[] xlsx = spreadsheet(locale).xlsx(messages.get(locale, "structure.worker.export.sheet"), rows);
    audit.record(AuditAction.PERSONAL_DATA_READ, WorkerService.AUDIT_ENTITY, "*", "export xlsx: " + rows.size());
    return xlsx;
  }

  private Spreadsheet<WorkerSummary> spreadsheet(Locale locale) {
    return Spreadsheet.<WorkerSummary>translated(messages, locale)
        .column("structure.worker.name", WorkerSummary::name)
        .column("structure.worker.cpf.masked", WorkerSummary::maskedCpf)
        .column("structure.worker.profession", w -> messages.get(locale, w.profession().labelKey()))
        .column("structure.worker.education", w -> messages.get(locale, w.educationLevel().labelKey()))
        .column("structure.worker.bond", w -> messages.get(locale, w.bond().labelKey()))
        .column("structure.worker.hours", WorkerSummary::weeklyHours)
        .column("structure.worker.unit", WorkerSummary::unitName)
        .column("structure.worker.coordinator",
            w -> messages.get(locale, w.coordinator() ? "structure.worker.yes" : "structure.worker.no"))
        .build();
  }
}
