package br.org.teia.council.inscription;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.commission.CommissionService;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;

/**
 * One inscription: a step indicator (done, current, to come), the form of the current step for the
 * secretary, the history of acts, the documents (upload to the current step, download) and the PDFs.
 * Address: {@code conselho/inscricoes/{councilId}/{inscriptionId}}.
 */
@Route(InscriptionView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class InscriptionView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = "conselho/inscricao";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(ZoneId.of("America/Sao_Paulo"));

  private final InscriptionService inscriptions;
  private final CommissionService commissions;
  private final boolean secretary;
  private UUID councilId;
  private UUID inscriptionId;
  private String title;

  public InscriptionView(InscriptionService inscriptions, CommissionService commissions, CurrentUser currentUser) {
    this.commissions = commissions;
    this.inscriptions = inscriptions;
    this.secretary = currentUser.can(CouncilAccess.WRITE);
  }

  public static String parameter(UUID councilId, UUID inscriptionId) {
    return councilId + "/" + inscriptionId;
  }

  @Override
  public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
    String[] parts = parameter == null ? new String[0] : parameter.split("/");
    try {
      councilId = UUID.fromString(parts[0]);
      inscriptionId = UUID.fromString(parts[1]);
      render();
    } catch (NotFoundException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      notFound();
    }
  }

  /** An address naming no inscription of this municipality's councils: said plainly, with the way back. */
  private void notFound() {
    removeAll();
    title = null;
    H2 heading = new H2(getTranslation("council.inscription.not-found"));
    heading.setId("inscription-not-found");
    add(heading, new Button(getTranslation("council.ui.inscription-back"),
        click -> UI.getCurrent().navigate(InscriptionsView.class)));
  }

  private void render() {
    removeAll();
    InscriptionDetail detail = inscriptions.inscription(councilId, inscriptionId);
    InscriptionSummary inscription = detail.inscription();
    title = inscription.entityName();
    Button back = new Button(getTranslation("council.ui.inscription-back"),
        click -> UI.getCurrent().navigate(InscriptionsView.class));
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    add(back, new H2(inscription.entityName()));
    add(line("inscription-summary", inscription.councilAcronym() + " · " + getTranslation(inscription.kind().labelKey())
        + " · " + getTranslation("council.ui.inscription-cnpj") + " " + inscription.formattedCnpj() + " · "
        + getTranslation("council.ui.inscription-requested-on") + " " + inscription.requestedOn().format(DATE)));
    if (inscription.services() != null) {
      add(line("inscription-services", getTranslation("council.ui.inscription-services") + ": "
          + inscription.services()));
    }
    add(steps(inscription));
    String status = getTranslation("council.ui.status") + ": "
        + getTranslation("council.inscription.status." + inscription.status().name());
    if (inscription.outcome() != null) {
      status += " · " + getTranslation("council.ui.inscription-outcome") + ": "
          + getTranslation(inscription.outcome().labelKey());
    }
    if (inscription.number() != null) {
      status += " · " + getTranslation("council.ui.inscription-number") + " " + inscription.number() + " · "
          + getTranslation("council.ui.inscription-certificate-code") + " " + inscription.certificateCode();
    }
    if (inscription.letterNumber() != null) {
      status += " · " + getTranslation("council.ui.inscription-letter", inscription.letterNumber());
    }
    add(line("inscription-status", status));
    add(pdfs(inscription));
    if (secretary && inscription.step() != InscriptionStep.COMPLETED) {
      add(form(detail));
    }
    add(history(detail), documents(detail));
  }

  /** The 7 steps as an ordered list: done ones marked, the current one with aria-current. */
  private OrderedList steps(InscriptionSummary inscription) {
    OrderedList list = new OrderedList();
    list.setId("inscription-steps");
    list.getElement().setAttribute("aria-label", getTranslation("council.ui.inscription-steps"));
    list.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5em").set("list-style", "none")
        .set("padding", "0");
    for (InscriptionStep step : InscriptionStep.values()) {
      if (step == InscriptionStep.COMPLETED) {
        continue;
      }
      boolean skipped = step == InscriptionStep.CERTIFICATE && inscription.outcome() == InscriptionOutcome.REFUSED;
      Span badge = new Span(getTranslation(step.labelKey()));
      if (step == inscription.step()) {
        badge.getElement().getThemeList().add("badge primary");
        badge.getElement().setAttribute("aria-current", "step");
      } else if (step.number() < inscription.step().number() && !skipped) {
        badge.getElement().getThemeList().add("badge success");
      } else {
        badge.getElement().getThemeList().add("badge contrast");
      }
      ListItem item = new ListItem(badge);
      item.setId("inscription-step-" + step.number());
      list.add(item);
    }
    return list;
  }

  private HorizontalLayout pdfs(InscriptionSummary inscription) {
    HorizontalLayout links = new HorizontalLayout();
    if (inscription.certificateCode() != null) {
      Anchor certificate = new Anchor(DownloadHandler.fromInputStream(event ->
          download(inscriptions.certificate(councilId, inscriptionId))),
          getTranslation("council.ui.inscription-certificate-pdf"));
      certificate.setId("inscription-certificate-pdf");
      links.add(certificate);
    }
    if (inscription.letterNumber() != null) {
      Anchor letter = new Anchor(DownloadHandler.fromInputStream(event ->
          download(inscriptions.letter(councilId, inscriptionId))), getTranslation("council.ui.inscription-letter-pdf"));
      letter.setId("inscription-letter-pdf");
      links.add(letter);
    }
    return links;
  }

  /** The form of the step the inscription stands at. */
  private VerticalLayout form(InscriptionDetail detail) {
    InscriptionSummary inscription = detail.inscription();
    VerticalLayout form = new VerticalLayout(new H3(getTranslation(inscription.step().labelKey())));
    form.setId("inscription-form");
    form.setPadding(false);
    DatePicker on = new DatePicker(getTranslation("council.ui.inscription-date"));
    on.setId("step-date");
    on.setValue(LocalDate.now());
    on.setMax(LocalDate.now());
    TextArea text = new TextArea();
    text.setId("step-text");
    text.setWidthFull();
    switch (inscription.step()) {
      case DOCUMENTARY_ANALYSIS -> {
        text.setLabel(getTranslation("council.ui.inscription-analysis-text"));
        form.add(on, text, button("step-analysis-done", "council.ui.inscription-analysis-done",
            f -> inscriptions.completeDocumentaryAnalysis(councilId, inscriptionId, f), on, text));
      }
      case TECHNICAL_VISIT -> {
        text.setLabel(getTranslation("council.ui.inscription-visit-report") + " / "
            + getTranslation("council.ui.inscription-reason"));
        form.add(on, text, new HorizontalLayout(
            button("step-visit-done", "council.ui.inscription-visit-done",
                f -> inscriptions.recordVisit(councilId, inscriptionId, f), on, text),
            button("step-visit-skip", "council.ui.inscription-visit-skip",
                f -> inscriptions.skipVisit(councilId, inscriptionId, f), on, text),
            button("step-diligence", "council.ui.inscription-diligence",
                f -> inscriptions.returnForDiligence(councilId, inscriptionId, f), on, text)));
      }
      case COMMISSION_OPINION -> {
        RadioButtonGroup<Boolean> favourable = new RadioButtonGroup<>(getTranslation("council.ui.inscription-opinion-kind"));
        favourable.setId("step-favourable");
        favourable.setItems(Boolean.TRUE, Boolean.FALSE);
        favourable.setItemLabelGenerator(b -> getTranslation(b ? "council.ui.inscription-favourable"
            : "council.ui.inscription-unfavourable"));
        TextField commission = new TextField(getTranslation("council.ui.inscription-commission"));
        commission.setId("step-commission");
        TextField signedBy = new TextField(getTranslation("council.ui.inscription-signed-by"));
        signedBy.setId("step-signed-by");
        // The council's commission of entity inscription usually gives the opinion: offered, still editable.
        commissions.entityInscriptionCommission(councilId).ifPresent(c -> {
          commission.setValue(c.name());
          if (c.coordinatorName() != null) {
            signedBy.setValue(c.coordinatorName());
          }
        });
        text.setLabel(getTranslation("council.ui.inscription-opinion-text"));
        Button opinion = new Button(getTranslation("council.ui.inscription-opinion"), click -> run(
            () -> inscriptions.giveOpinion(councilId, inscriptionId, new StepForm(on.getValue(), text.getValue(),
                favourable.getValue(), commission.getValue(), signedBy.getValue()))));
        opinion.setId("step-opinion");
        opinion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(on, favourable, new HorizontalLayout(commission, signedBy), text, new HorizontalLayout(opinion,
            button("step-diligence", "council.ui.inscription-diligence",
                f -> inscriptions.returnForDiligence(councilId, inscriptionId, f), on, text)));
      }
      case PLENARY_DELIBERATION -> {
        String agenda = detail.agendaItemId() == null ? getTranslation("council.ui.inscription-agenda-waiting")
            : detail.votesFor() == null ? getTranslation("council.ui.inscription-agenda-scheduled",
                detail.meetingDate().format(DATE))
            : getTranslation("council.ui.inscription-agenda-voted", detail.meetingDate().format(DATE),
                detail.votesFor(), detail.votesAgainst(), detail.abstentions());
        Span state = new Span(agenda);
        state.setId("step-agenda");
        Button deliberate = new Button(getTranslation("council.ui.inscription-deliberate"),
            click -> run(() -> inscriptions.deliberate(councilId, inscriptionId)));
        deliberate.setId("step-deliberate");
        deliberate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(state, deliberate);
      }
      case PUBLICATION -> {
        text.setLabel(getTranslation("council.ui.inscription-publication"));
        form.add(on, text, button("step-publish", "council.ui.inscription-publish",
            f -> inscriptions.publish(councilId, inscriptionId, f), on, text));
      }
      case CERTIFICATE -> form.add(on, button("step-certify", "council.ui.inscription-certify",
          f -> inscriptions.issueCertificate(councilId, inscriptionId, f), on, text));
      case NOTIFICATION -> {
        text.setLabel(getTranslation("council.ui.inscription-notification-text"));
        form.add(on, text, button("step-notify", "council.ui.inscription-notify",
            f -> inscriptions.notifyEntity(councilId, inscriptionId, f), on, text));
      }
      case COMPLETED -> { }
    }
    return form;
  }

  private Button button(String id, String label, Function<StepForm, InscriptionSummary> action, DatePicker on,
      TextArea text) {
    Button button = new Button(getTranslation(label), click -> run(() -> action.apply(StepForm.on(on.getValue(),
        text.getValue()))));
    button.setId(id);
    return button;
  }

  private void run(Runnable action) {
    try {
      action.run();
      Notification.show(getTranslation("council.ui.inscription-saved"));
      render();
    } catch (TeiaException e) {
      FormErrors.notify(FormErrors.messageOf(this, e));
    } catch (ConstraintViolationException e) {
      FormErrors.notify(e.getConstraintViolations().iterator().next().getMessage());
    }
  }

  private VerticalLayout history(InscriptionDetail detail) {
    Grid<ActSummary> grid = new Grid<>(ActSummary.class, false);
    grid.setId("inscription-history");
    grid.addColumn(a -> a.doneOn().format(DATE)).setHeader(getTranslation("council.ui.inscription-date")).setAutoWidth(true);
    grid.addColumn(a -> getTranslation(a.step().labelKey())).setHeader(getTranslation("council.ui.inscription-step"))
        .setAutoWidth(true);
    grid.addColumn(a -> getTranslation(a.action().labelKey())).setHeader(getTranslation("council.ui.status"))
        .setAutoWidth(true);
    grid.addColumn(this::actText).setHeader(getTranslation("council.ui.inscription-text"));
    grid.addColumn(a -> a.doneBy() + " · " + DATE_TIME.format(a.doneAt()))
        .setHeader(getTranslation("council.ui.inscription-who")).setAutoWidth(true);
    grid.setItems(detail.acts());
    grid.setAllRowsVisible(true);
    VerticalLayout section = new VerticalLayout(new H3(getTranslation("council.ui.inscription-history")), grid);
    section.setPadding(false);
    return section;
  }

  private String actText(ActSummary act) {
    StringBuilder text = new StringBuilder();
    if (act.favourable() != null) {
      text.append(getTranslation(act.favourable() ? "council.ui.inscription-favourable"
          : "council.ui.inscription-unfavourable")).append(" — ").append(act.commission()).append(" (")
          .append(act.signedBy()).append("). ");
    }
    if (act.text() != null) {
      text.append(act.text());
    }
    return text.toString();
  }

  private VerticalLayout documents(InscriptionDetail detail) {
    VerticalLayout section = new VerticalLayout(new H3(getTranslation("council.ui.inscription-documents")));
    section.setPadding(false);
    if (detail.documents().isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("council.ui.inscription-documents-empty"));
      none.setId("inscription-documents-empty");
      section.add(none);
    } else {
      Grid<DocumentSummary> grid = new Grid<>(DocumentSummary.class, false);
      grid.setId("inscription-documents");
      grid.addColumn(d -> getTranslation(d.step().labelKey())).setHeader(getTranslation("council.ui.inscription-step"))
          .setAutoWidth(true);
      grid.addComponentColumn(d -> new Anchor(DownloadHandler.fromInputStream(event ->
              download(inscriptions.document(councilId, inscriptionId, d.id()))), d.fileName()))
          .setHeader(getTranslation("council.ui.inscription-file"));
      grid.addColumn(d -> d.uploadedBy() + " · " + DATE_TIME.format(d.uploadedAt()))
          .setHeader(getTranslation("council.ui.inscription-who")).setAutoWidth(true);
      grid.addColumn(d -> d.sha256().substring(0, 16) + "…").setHeader(getTranslation("council.ui.inscription-sha256"))
          .setAutoWidth(true);
      grid.setItems(detail.documents());
      grid.setAllRowsVisible(true);
      section.add(grid);
    }
    if (secretary) {
      Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
          attach(metadata.fileName(), bytes)));
      upload.setId("inscription-upload");
      upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
      upload.setMaxFiles(1);
      // the browser refuses what the service would refuse anyway, before sending it; the service checks again
      upload.setMaxFileSize(DocumentFile.MAX_BYTES);
      upload.addFileRejectedListener(rejected -> FormErrors.notify(getTranslation(
          rejected.getErrorMessage() != null && rejected.getErrorMessage().toLowerCase().contains("size")
              ? "council.inscription.document.too-large-browser" : "council.inscription.document.type")));
      upload.setDropAllowed(true);
      upload.getElement().setAttribute("aria-label", getTranslation("council.ui.inscription-upload"));
      section.add(new Span(getTranslation("council.ui.inscription-upload")), upload);
    }
    return section;
  }

  /** Attaches an uploaded file to the current step; a refused file is explained, nothing is kept. */
  public void attach(String fileName, byte[] content) {
    try {
      DocumentSummary document = inscriptions.upload(councilId, inscriptionId, fileName, content);
      Notification.show(getTranslation("council.ui.inscription-uploaded", document.fileName()));
      render();
    } catch (TeiaException e) {
      FormErrors.notify(FormErrors.messageOf(this, e));
    }
  }

  private static DownloadResponse download(DocumentContent content) {
    return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(), content.contentType(),
        content.content().length);
  }

  private static Component line(String id, String text) {
    Span span = new Span(text);
    span.setId(id);
    return span;
  }

  @Override
  public String getPageTitle() {
    return (title == null ? getTranslation("council.ui.inscription") : title) + " | " + getTranslation("app.name");
  }
}
