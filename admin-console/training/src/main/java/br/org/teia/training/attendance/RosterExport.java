package br.org.teia.training.attendance;

import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.training.TrainingAccess;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A class's roster as CSV or XLSX: person (CPF masked), municipality, attendance, grade, completion. Audited as a read of personal data. */
@Service
@RolesAllowed(TrainingAccess.MANAGE)
public class RosterExport {

  public static final String CSV_TYPE = Spreadsheet.CSV_TYPE;
  public static final String XLSX_TYPE = Spreadsheet.XLSX_TYPE;

  private final AttendanceService attendance;
  private final Messages messages;
  private final AuditLog audit;

  RosterExport(AttendanceService attendance, Messages messages, AuditLog audit) {
    this.attendance = attendance;
    this.messages = messages;
    this.audit = audit;
  }

  public byte[] csv(UUID classId, Locale locale) {
    return sheet(locale).csv(rows(classId, "csv"));
  }

  public byte[] xlsx(UUID classId, Locale locale) {
    return sheet(locale).xlsx(messages.get(locale, "training.roster.sheet"), rows(classId, "xlsx"));
  }

  private List<RosterLine> rows(UUID classId, String format) {
    audit.record(AuditAction.PERSONAL_DATA_READ, "training_class", classId.toString(), "roster export " + format);
    return attendance.roster(classId);
  }

  private Spreadsheet<RosterLine> sheet(Locale locale) {
    return Spreadsheet.<RosterLine>translated(messages, locale)
        .column("training.roster.name", l -> l.enrolment().participantName())
        .column("training.roster.cpf", l -> l.enrolment().cpf() == null ? "" : Cpf.mask(l.enrolment().cpf()))
        .column("training.roster.municipality", l -> l.enrolment().municipality())
        .column("training.roster.present", RosterLine::present)
        .column("training.roster.excused", RosterLine::excused)
        .column("training.roster.absent", RosterLine::absent)
        .column("training.roster.share", l -> l.completion().attendancePct())
        .column("training.roster.grade", l -> l.enrolment().grade())
        .column("training.roster.completed",
            l -> messages.get(locale, l.completion().completed() ? "training.yes" : "training.no"))
        .build();
  }
}
