package br.org.teia.council.inscription;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.ParentPage;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.commission.CommissionService;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.Actions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One inscription: a step indicator (done, current, to come), the form of the current step for the
 * secretary, the history of acts, the documents (upload to the current step, download) and the PDFs.
 * Address: {@code conselho/inscricoes/{councilId}/{inscriptionId}}.
 */
@PageHelp("council.help.inscription")
@ParentPage(InscriptionsView.class)
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

  /** The form of the step the inscription stands at; at the plenary's step, the vote it waits for. */
  private VerticalLayout form(InscriptionDetail detail) {
    InscriptionSummary inscription = detail.inscription();
    VerticalLayout form = new VerticalLayout(new H3(getTranslation(inscription.step().labelKey())));
    form.setId("inscription-form");
    form.setPadding(false);
    if (inscription.step() == InscriptionStep.PLENARY_DELIBERATION) {
      String agenda = detail.agendaItemId() == null ? getTranslation("council.ui.inscription-agenda-waiting")
          : detail.votesFor() == null ? getTranslation("council.ui.inscription-agenda-scheduled",
              detail.meetingDate().format(DATE))
          : getTranslation("council.ui.inscription-agenda-voted", detail.meetingDate().format(DATE),
              detail.votesFor(), detail.votesAgainst(), detail.abstentions());
      Span state = new Span(agenda);
      state.setId("step-agenda");
      Button deliberate = new Button(getTranslation("council.ui.inscription-deliberate"),
          click -> Actions.run(this, () -> {
            inscriptions.deliberate(councilId, inscriptionId);
            return getTranslation("council.ui.inscription-saved");
          }, this::render));
      deliberate.setId("step-deliberate");
      deliberate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      form.add(state, deliberate);
      return form;
    }
    StepEditor editor = new StepEditor(inscription.step(), LocalDate.now());
    editor.edit(start(inscription.step()));
    editor.addActListener(event -> {
      if (editor.submit(event.value(), value -> {
        act(event.act(), value);
        return getTranslation("council.ui.inscription-saved");
      })) {
        render();
      }
    });
    form.add(editor);
    return form;
  }

  /** A blank step; the commission's opinion offers the council's commission of entity inscription, still editable. */
  private StepForm start(InscriptionStep step) {
    LocalDate today = LocalDate.now();
    if (step != InscriptionStep.COMMISSION_OPINION) {
      return StepEditor.blank(today);
    }
    return commissions.entityInscriptionCommission(councilId)
        .map(c -> StepEditor.opinion(today, c.name(), c.coordinatorName()))
        .orElse(StepEditor.blank(today));
  }

  private InscriptionSummary act(StepEditor.Act act, StepForm form) {
    return switch (act) {
      case ANALYSIS_DONE -> inscriptions.completeDocumentaryAnalysis(councilId, inscriptionId, form);
      case VISIT_DONE -> inscriptions.recordVisit(councilId, inscriptionId, form);
      case VISIT_SKIPPED -> inscriptions.skipVisit(councilId, inscriptionId, form);
      case DILIGENCE -> inscriptions.returnForDiligence(councilId, inscriptionId, form);
      case OPINION -> inscriptions.giveOpinion(councilId, inscriptionId, form);
      case PUBLISH -> inscriptions.publish(councilId, inscriptionId, form);
      case CERTIFY -> inscriptions.issueCertificate(councilId, inscriptionId, form);
      case NOTIFY -> inscriptions.notifyEntity(councilId, inscriptionId, form);
    };
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
      upload.addFileRejectedListener(rejected -> Actions.refuse(getTranslation(
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
    Actions.run(this, () -> getTranslation("council.ui.inscription-uploaded",
        inscriptions.upload(councilId, inscriptionId, fileName, content).fileName()), this::render);
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
