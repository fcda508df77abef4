package br.org.teia.training.progress;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.training.TrainingAccess;
import br.org.teia.training.attendance.AttendanceService;
import br.org.teia.training.attendance.AttendanceStatus;
import br.org.teia.training.attendance.RosterExport;
import br.org.teia.training.attendance.RosterLine;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.SessionEditor;
import br.org.teia.training.catalogue.SessionForm;
import br.org.teia.training.catalogue.SessionSummary;
import br.org.teia.training.certificate.CertificateService;
import br.org.teia.training.certificate.PublicCertificate;
import br.org.teia.training.enrolment.EnrolmentService;
import br.org.teia.training.enrolment.EnrolmentStatus;
import br.org.teia.training.enrolment.EnrolmentSummary;
import br.org.teia.training.enrolment.OutsideParticipantEditor;
import br.org.teia.training.enrolment.OutsideParticipantForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One class, for the association's staff ({@code /formacao/turmas/{id}}): its sessions; the
 * enrolments in line order (seats, then the waitlist) with cancel and outside participants;
 * attendance per session, grades and completion; certificates issued, revoked, reissued; the
 * roster exported to CSV and XLSX.
 */
@PageHelp("training.help.roster")
@Route(ClassRosterView.ROUTE)
@RolesAllowed(TrainingAccess.MANAGE)
public class ClassRosterView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = "formacao/turmas";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("America/Sao_Paulo"));

  private final CatalogueService catalogue;
  private final EnrolmentService enrolments;
  private final AttendanceService attendance;
  private final CertificateService certificates;
  private final RosterExport export;
  private final Grid<SessionSummary> sessions = new Grid<>(SessionSummary.class, false);
  private final Grid<EnrolmentSummary> line = new Grid<>(EnrolmentSummary.class, false);
  private final Select<SessionSummary> session = new Select<>();
  private final Grid<RosterLine> roster = new Grid<>(RosterLine.class, false);
  private final H2 title = new H2();
  private final Paragraph facts = new Paragraph();
  private ClassSummary klass;

  public ClassRosterView(CatalogueService catalogue, EnrolmentService enrolments, AttendanceService attendance,
      CertificateService certificates, RosterExport export) {
    this.catalogue = catalogue;
    this.enrolments = enrolments;
    this.attendance = attendance;
    this.certificates = certificates;
    this.export = export;
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String id) {
    if (id == null) { // the address without a class: say where classes are chosen
      removeAll();
      add(new Paragraph(getTranslation("training.class.choose")));
      return;
    }
    UUID classId;
    try {
      classId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new br.org.teia.kernel.NotFoundException("training.class.not-found");
    }
    klass = catalogue.klass(classId);
    removeAll();
    build();
  }

  private void build() {
    title.setId("class-title");
    facts.setId("class-facts");
    add(title, facts);

    Button newSession = new Button(getTranslation("training.session.new"), click -> editSession());
    newSession.setId("session-new");
    sessions.setId("session-grid");
    sessions.setAllRowsVisible(true);
    sessions.addColumn(s -> DATE.format(s.heldOn())).setHeader(getTranslation("training.session.date"));
    sessions.addColumn(s -> s.startsAt() + " – " + s.endsAt()).setHeader(getTranslation("training.session.time"));
    sessions.addColumn(s -> s.topic() == null ? "" : s.topic()).setHeader(getTranslation("training.session.topic")).setFlexGrow(3);
    sessions.addComponentColumn(s -> {
      Button remove = new Button(getTranslation("training.session.remove"), click -> Actions.run(this, () -> {
        catalogue.removeSession(s.id());
        return getTranslation("training.session.removed");
      }, this::refresh));
      remove.setId("session-remove-" + s.id());
      remove.setAriaLabel(getTranslation("training.session.remove.label", DATE.format(s.heldOn())));
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      return remove;
    }).setKey("actions").setHeader(getTranslation("training.actions"));
    sessions.setEmptyStateText(getTranslation("training.session.empty"));

    Button outside = new Button(getTranslation("training.enrolment.outside"), click -> enrolOutside());
    outside.setId("enrol-outside");
    line.setId("enrolment-grid");
    line.setAllRowsVisible(true);
    line.addColumn(EnrolmentSummary::participantName).setHeader(getTranslation("training.roster.name")).setFlexGrow(2);
    line.addColumn(EnrolmentSummary::municipality).setHeader(getTranslation("training.roster.municipality"));
    line.addColumn(e -> getTranslation(e.status().labelKey())).setHeader(getTranslation("training.enrolment.status"));
    line.addColumn(e -> e.offerExpiresAt() == null ? "" : WHEN.format(e.offerExpiresAt()))
        .setHeader(getTranslation("training.enrolment.offer-until"));
    line.addComponentColumn(e -> {
      Button cancel = new Button(getTranslation("training.enrolment.cancel"), click -> Actions.run(this, () -> {
        enrolments.cancel(e.id());
        return getTranslation("training.enrolment.cancelled", e.participantName());
      }, this::refresh));
      cancel.setId("enrolment-cancel-" + e.id());
      cancel.setAriaLabel(getTranslation("training.enrolment.cancel.label", e.participantName()));
      cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      cancel.setVisible(e.status().active());
      return cancel;
    }).setKey("actions").setHeader(getTranslation("training.actions"));

    session.setLabel(getTranslation("training.attendance.session"));
    session.setId("attendance-session");
    session.setItemLabelGenerator(s -> s == null ? "" : DATE.format(s.heldOn()) + (s.topic() == null ? "" : " — " + s.topic()));
    session.addValueChangeListener(e -> roster.setItems(attendance.roster(klass.id())));
    roster.setId("roster-grid");
    roster.setAllRowsVisible(true);
    roster.addColumn(l -> l.enrolment().participantName()).setHeader(getTranslation("training.roster.name")).setFlexGrow(2);
    roster.addComponentColumn(this::attendanceOf).setKey("attendance").setHeader(getTranslation("training.attendance.title")).setAutoWidth(true);
    roster.addColumn(l -> getTranslation("training.roster.counts", l.present(), l.excused(), l.absent()))
        .setHeader(getTranslation("training.roster.counts.header"));
    roster.addColumn(l -> l.completion().attendancePct() + "%").setHeader(getTranslation("training.roster.share"))
        .setTextAlign(ColumnTextAlign.END);
    roster.addComponentColumn(this::gradeOf).setKey("grade").setHeader(getTranslation("training.roster.grade"));
    roster.addColumn(l -> getTranslation(l.completion().completed() ? "training.yes" : "training.no"))
        .setHeader(getTranslation("training.roster.completed"));
    roster.addComponentColumn(this::certificateOf).setKey("certificate").setHeader(getTranslation("training.certificate.title")).setAutoWidth(true);
    roster.setEmptyStateText(getTranslation("training.roster.empty"));

    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(export.csv(klass.id(), getLocale()),
        "turma.csv", RosterExport.CSV_TYPE)), getTranslation("training.roster.export.csv"));
    csv.setId("roster-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(export.xlsx(klass.id(), getLocale()),
        "turma.xlsx", RosterExport.XLSX_TYPE)), getTranslation("training.roster.export.xlsx"));
    xlsx.setId("roster-export-xlsx");
    HorizontalLayout exports = new HorizontalLayout(csv, xlsx);

    add(new H3(getTranslation("training.session.title")), newSession, sessions,
        new H3(getTranslation("training.enrolment.title")), outside, line,
        new H3(getTranslation("training.roster.title")), session, roster, exports);
    refresh();
  }

  private Select<AttendanceStatus> attendanceOf(RosterLine l) {
    Select<AttendanceStatus> status = new Select<>();
    status.setId("attendance-" + l.enrolment().id());
    status.setAriaLabel(getTranslation("training.attendance.of", l.enrolment().participantName()));
    status.setItems(AttendanceStatus.values());
    status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
    SessionSummary chosen = session.getValue();
    status.setEnabled(chosen != null);
    if (chosen != null) {
      status.setValue(l.attendance().get(chosen.id()));
    }
    status.addValueChangeListener(e -> {
      if (chosen != null && e.getValue() != null && e.getValue() != l.attendance().get(chosen.id())) {
        Actions.run(this, () -> {
          attendance.mark(chosen.id(), l.enrolment().id(), e.getValue());
          return null;
        }, this::refresh);
      }
    });
    return status;
  }

  private BigDecimalField gradeOf(RosterLine l) {
    BigDecimalField grade = new BigDecimalField();
    grade.setId("grade-" + l.enrolment().id());
    grade.setAriaLabel(getTranslation("training.roster.grade.of", l.enrolment().participantName()));
    grade.setWidth("6em");
    grade.setValue(l.enrolment().grade());
    grade.addValueChangeListener(e -> Actions.run(this, () -> {
      attendance.grade(l.enrolment().id(), e.getValue());
      return null;
    }, this::refresh));
    return grade;
  }

  private HorizontalLayout certificateOf(RosterLine l) {
    HorizontalLayout cell = new HorizontalLayout();
    cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    Optional<PublicCertificate> standing = certificates.ofEnrolment(l.enrolment().id()).stream()
        .filter(c -> !c.revoked()).findFirst();
    if (standing.isPresent()) {
      PublicCertificate c = standing.get();
      Span code = new Span(c.code());
      code.setId("certificate-code-" + l.enrolment().id());
      Button revoke = new Button(getTranslation("training.certificate.revoke"), click -> revokeOrReissue(c, false));
      revoke.setId("certificate-revoke-" + l.enrolment().id());
      revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      Button reissue = new Button(getTranslation("training.certificate.reissue"), click -> revokeOrReissue(c, true));
      reissue.setId("certificate-reissue-" + l.enrolment().id());
      reissue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      cell.add(code, revoke, reissue);
    } else if (l.completion().completed()) {
      Button issue = new Button(getTranslation("training.certificate.issue"), click -> Actions.run(this,
          () -> getTranslation("training.certificate.issued", certificates.issue(l.enrolment().id()).code()), this::refresh));
      issue.setId("certificate-issue-" + l.enrolment().id());
      issue.setAriaLabel(getTranslation("training.certificate.issue.label", l.enrolment().participantName()));
      issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      cell.add(issue);
    }
    return cell;
  }

  private void revokeOrReissue(PublicCertificate c, boolean reissue) {
    Dialog dialog = new Dialog(getTranslation(reissue ? "training.certificate.reissue.title" : "training.certificate.revoke.title",
        c.code()));
    dialog.setId("certificate-dialog");
    TextField reason = new TextField(getTranslation("training.certificate.reason"));
    reason.setId("certificate-reason");
    reason.setWidthFull();
    reason.setMaxLength(500);
    Button confirm = new Button(getTranslation(reissue ? "training.certificate.reissue" : "training.certificate.revoke"), click -> {
      try {
        String done = reissue ? getTranslation("training.certificate.reissued", certificates.reissue(c.id(), reason.getValue()).code())
            : revoke(c, reason.getValue());
        com.vaadin.flow.component.notification.Notification.show(done);
        dialog.close();
        refresh();
      } catch (TeiaException refusal) {
        reason.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        reason.setInvalid(true);
      }
    });
    confirm.setId("certificate-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    dialog.add(new Paragraph(getTranslation("training.certificate.never-changed")), reason);
    dialog.getFooter().add(new Button(getTranslation("training.close"), click -> dialog.close()), confirm);
    dialog.open();
  }

  private String revoke(PublicCertificate c, String reason) {
    certificates.revoke(c.id(), reason);
    return getTranslation("training.certificate.revoked", c.code());
  }

  private void editSession() {
    EditorDialog<SessionForm> dialog = new EditorDialog<>(getTranslation("training.session.new"),
        new SessionEditor(getLocale()), form -> {
          catalogue.addSession(klass.id(), form);
          return getTranslation("training.session.saved");
        }, this::refresh);
    dialog.setId("session-dialog");
    dialog.open(new SessionForm(catalogue.today(), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(12, 0), null));
  }

  private void enrolOutside() {
    EditorDialog<OutsideParticipantForm> dialog = new EditorDialog<>(getTranslation("training.enrolment.outside"),
        new OutsideParticipantEditor(), form -> {
          EnrolmentService.OutsideEnrolment done = enrolments.enrolOutside(klass.id(), form);
          String enrolled = getTranslation(done.status() == EnrolmentStatus.CONFIRMED
              ? "training.enrolment.member-confirmed" : "training.enrolment.member-waiting", form.name(), klass.name());
          return done.invited() ? enrolled + " " + getTranslation("training.invitation.sent", form.email()) : enrolled;
        },
        this::refresh);
    dialog.setId("outside-dialog");
    dialog.open(new OutsideParticipantForm(null, null, null, null));
  }

  private void refresh() {
    klass = catalogue.klass(klass.id());
    title.setText(getTranslation("training.class.heading", klass.courseTitle(), klass.name()));
    facts.setText(getTranslation("training.class.facts", klass.place(), klass.instructor(), klass.seatsHeld(), klass.capacity(),
        klass.waiting()));
    List<SessionSummary> all = catalogue.sessions(klass.id());
    sessions.setItems(all);
    SessionSummary chosen = session.getValue();
    session.setItems(all);
    if (chosen != null) {
      all.stream().filter(s -> s.id().equals(chosen.id())).findFirst().ifPresent(session::setValue);
    }
    line.setItems(enrolments.roster(klass.id()));
    roster.setItems(attendance.roster(klass.id()));
  }

  @Override
  public String getPageTitle() {
    return klass == null ? getTranslation("training.roster.title")
        : getTranslation("training.class.heading", klass.courseTitle(), klass.name()) + " | " + getTranslation("app.name");
  }
}
