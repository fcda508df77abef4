package br.org.teia.training.progress;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.SearchText;
import br.org.teia.training.TrainingAccess;
import br.org.teia.training.attendance.AttendanceService;
import br.org.teia.training.certificate.CertificateService;
import br.org.teia.training.certificate.PublicCertificate;
import br.org.teia.training.enrolment.EnrolmentService;
import br.org.teia.training.enrolment.EnrolmentStatus;
import br.org.teia.training.enrolment.EnrolmentSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * "Minha formação": the signed-in person's enrolments with status, attendance and certificates
 * (accept or decline a seat offer, cancel, download a certificate), their CPF for certificates;
 * for a municipal manager, also the acting municipality's enrolments, paged and searchable.
 */
@PageHelp("training.help.mine")
@Route(MyTrainingView.ROUTE)
@RolesAllowed(TrainingAccess.LEARN)
public class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "formacao/minha";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("America/Sao_Paulo"));

  private final EnrolmentService enrolments;
  private final AttendanceService attendance;
  private final CertificateService certificates;
  private final Grid<EnrolmentSummary> mine = new Grid<>(EnrolmentSummary.class, false);
  private final TextField cpf = new TextField();

  public MyTrainingView(EnrolmentService enrolments, AttendanceService attendance, CertificateService certificates,
      CurrentUser currentUser) {
    this.enrolments = enrolments;
    this.attendance = attendance;
    this.certificates = certificates;
    add(new H2(getTranslation("training.mine.title")));

    cpf.setLabel(getTranslation("training.participant.cpf"));
    cpf.setId("my-cpf");
    cpf.setHelperText(getTranslation("training.mine.cpf.help"));
    enrolments.myself().map(p -> p.cpf()).ifPresent(digits -> cpf.setPlaceholder(Cpf.mask(digits)));
    Button saveCpf = new Button(getTranslation("training.save"), click -> {
      try {
        enrolments.setMyCpf(cpf.getValue());
        cpf.setInvalid(false);
        cpf.setPlaceholder(Cpf.mask(Cpf.normalize(cpf.getValue())));
        cpf.clear();
        com.vaadin.flow.component.notification.Notification.show(getTranslation("training.mine.cpf.saved"));
      } catch (TeiaException refusal) {
        cpf.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        cpf.setInvalid(true);
      }
    });
    saveCpf.setId("my-cpf-save");
    HorizontalLayout cpfBar = new HorizontalLayout(cpf, saveCpf);
    cpfBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    mine.setId("my-enrolments");
    mine.setAllRowsVisible(true);
    mine.addColumn(EnrolmentSummary::courseTitle).setHeader(getTranslation("training.course.title")).setFlexGrow(2);
    mine.addColumn(EnrolmentSummary::className).setHeader(getTranslation("training.class.name"));
    mine.addColumn(e -> dates(e.startsOn(), e.endsOn())).setHeader(getTranslation("training.class.dates"));
    mine.addColumn(e -> getTranslation(e.status().labelKey()) + (e.offerExpiresAt() == null ? ""
        : " " + getTranslation("training.enrolment.offer-until.line", WHEN.format(e.offerExpiresAt()))))
        .setHeader(getTranslation("training.enrolment.status")).setFlexGrow(2);
    mine.addColumn(e -> e.status() == EnrolmentStatus.CONFIRMED ? attendance.completion(e.id()).completion().attendancePct() + "%" : "")
        .setHeader(getTranslation("training.roster.share"));
    mine.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("training.actions")).setAutoWidth(true);
    mine.setEmptyStateText(getTranslation("training.mine.empty"));
    add(new Paragraph(getTranslation("training.mine.intro")), cpfBar, mine);
    if (currentUser.can(TrainingAccess.MUNICIPALITY)) {
      add(municipality());
    }
    refresh();
  }

  private HorizontalLayout actions(EnrolmentSummary e) {
    HorizontalLayout actions = new HorizontalLayout();
    if (e.status() == EnrolmentStatus.OFFERED) {
      Button accept = new Button(getTranslation("training.offer.accept"), click -> Actions.run(this, () -> {
        enrolments.accept(e.id());
        return getTranslation("training.enrolment.confirmed", e.className());
      }, this::refresh));
      accept.setId("offer-accept-" + e.id());
      accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      Button decline = new Button(getTranslation("training.offer.decline"), click -> Actions.run(this, () -> {
        enrolments.decline(e.id());
        return getTranslation("training.offer.declined");
      }, this::refresh));
      decline.setId("offer-decline-" + e.id());
      decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
      actions.add(accept, decline);
    } else if (e.status().active()) {
      Button cancel = new Button(getTranslation("training.enrolment.cancel"), click -> Actions.run(this, () -> {
        enrolments.cancel(e.id());
        return getTranslation("training.enrolment.cancelled", e.participantName());
      }, this::refresh));
      cancel.setId("my-cancel-" + e.id());
      cancel.setAriaLabel(getTranslation("training.enrolment.cancel.mine", e.courseTitle()));
      cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      actions.add(cancel);
    }
    for (PublicCertificate c : certificates.ofEnrolment(e.id())) {
      if (c.revoked()) {
        continue;
      }
      Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(certificates.pdf(c.id()),
          "certificado-" + c.code() + ".pdf", "application/pdf")), getTranslation("training.certificate.download", c.code()));
      download.setId("my-certificate-" + e.id());
      actions.add(download);
    }
    return actions;
  }

  private VerticalLayout municipality() {
    TextField search = SearchText.guard(new TextField());
    search.setLabel(getTranslation("training.municipality.search"));
    search.setId("municipality-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    Grid<EnrolmentSummary> grid = new Grid<>(EnrolmentSummary.class, false);
    grid.setId("municipality-enrolments");
    grid.addColumn(EnrolmentSummary::participantName).setHeader(getTranslation("training.roster.name")).setFlexGrow(2);
    grid.addColumn(EnrolmentSummary::courseTitle).setHeader(getTranslation("training.course.title")).setFlexGrow(2);
    grid.addColumn(EnrolmentSummary::className).setHeader(getTranslation("training.class.name"));
    grid.addColumn(e -> dates(e.startsOn(), e.endsOn())).setHeader(getTranslation("training.class.dates"));
    grid.addColumn(e -> getTranslation(e.status().labelKey())).setHeader(getTranslation("training.enrolment.status"));
    grid.setItems(q -> enrolments.ofMunicipality(SearchText.of(search), q.getPage(), q.getPageSize()).stream(),
        q -> (int) enrolments.countOfMunicipality(SearchText.of(search)));
    grid.setEmptyStateText(getTranslation("training.municipality.empty"));
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    VerticalLayout section = new VerticalLayout(new H3(getTranslation("training.municipality.title")), search, grid);
    section.setPadding(false);
    section.setId("municipality-training");
    return section;
  }

  private void refresh() {
    mine.setItems(enrolments.mine());
  }

  private String dates(LocalDate from, LocalDate to) {
    return from == null ? getTranslation("training.class.no-sessions") : DATE.format(from) + " – " + DATE.format(to);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("training.mine.title") + " | " + getTranslation("app.name");
  }
}
