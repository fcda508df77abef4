package br.org.teia.training.certificate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The public page where anyone checks a training certificate, without login:
 * {@code /publico/certificados/{code}} (the QR code leads here). It shows everything the
 * certificate certifies — person (CPF masked), course, hours, dates, attendance, content,
 * municipality, issue — or that it was revoked and why, and takes a PDF upload to tell whether
 * the file is exactly the one issued (its SHA-256).
 */
@Route(value = PublicCertificateView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class PublicCertificateView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = CertificateService.CHECK_ROUTE;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("America/Sao_Paulo"));

  private final CertificateCheck check;
  private final Div result = new Div();
  private final Div uploadResult = new Div();

  public PublicCertificateView(CertificateCheck check) {
    this.check = check;
    setMaxWidth("50em");
    getStyle().set("margin", "0 auto");
    result.setId("certificate-result");
    uploadResult.setId("certificate-upload-result");
    uploadResult.getElement().setAttribute("aria-live", "polite");
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String code) {
    removeAll();
    add(new H1(getTranslation("training.check.title")), new Paragraph(getTranslation("training.check.intro")));
    TextField typed = new TextField(getTranslation("training.check.code"));
    typed.setId("certificate-code");
    typed.setPlaceholder("XXXX-XXXX");
    typed.setMaxLength(20);
    Button go = new Button(getTranslation("training.check.go"), click -> show(typed.getValue()));
    go.setId("certificate-check");
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    go.addClickShortcut(Key.ENTER);
    HorizontalLayout form = new HorizontalLayout(typed, go);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(form, result);
    if (code != null) {
      typed.setValue(code);
      show(code);
    }
  }

  private void show(String code) {
    result.removeAll();
    uploadResult.removeAll();
    Optional<PublicCertificate> found = check.byCode(code);
    if (found.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("training.check.not-found"));
      none.setId("certificate-not-found");
      result.add(none);
      return;
    }
    PublicCertificate c = found.get();
    H2 status = new H2(getTranslation(c.revoked() ? "training.check.revoked" : "training.check.valid", c.code()));
    status.setId(c.revoked() ? "certificate-revoked" : "certificate-valid");
    result.add(status);
    if (c.revoked()) {
      Paragraph why = new Paragraph(getTranslation("training.check.revoked-on", WHEN.format(c.revokedAt()), c.revokedReason()));
      why.setId("certificate-revoked-reason");
      result.add(why);
      if (c.replacementCode() != null) {
        result.add(new Paragraph(getTranslation("training.check.replaced-by", c.replacementCode())));
      }
    }
    result.add(
        line("certificate-person", "training.check.person", c.participantName(),
            c.maskedCpf() == null ? getTranslation("training.check.no-cpf") : c.maskedCpf()),
        line("certificate-municipality", "training.check.municipality", c.municipality()),
        line("certificate-course", "training.check.course", c.courseTitle()),
        line("certificate-hours", "training.check.hours", c.workloadHours()),
        line("certificate-dates", "training.check.dates", DATE.format(c.startsOn()), DATE.format(c.endsOn())),
        line("certificate-attendance", "training.check.attendance", c.attendancePct()),
        line("certificate-content", "training.check.content", c.contentSummary()),
        line("certificate-issued", "training.check.issued", WHEN.format(c.issuedAt()), c.issuedBy()),
        line("certificate-sha", "training.check.sha", c.sha256()));
    if (c.grade() != null) {
      result.add(line("certificate-grade", "training.check.grade", c.grade().toPlainString()));
    }
    Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> uploaded(c.code(), bytes)));
    upload.setId("certificate-upload");
    upload.setAcceptedFileTypes(".pdf", "application/pdf");
    upload.setMaxFileSize(CertificateCheck.MAX_UPLOAD);
    upload.setUploadButton(new Button(getTranslation("training.check.upload")));
    result.add(new H2(getTranslation("training.check.upload.title")), new Paragraph(getTranslation("training.check.upload.help")),
        upload, uploadResult);
  }

  private void uploaded(String code, byte[] bytes) {
    uploadResult.removeAll();
    check.check(code, bytes).ifPresent(outcome -> {
      Paragraph answer = new Paragraph(getTranslation("training.check.upload." + outcome.name(), code));
      answer.setId("certificate-upload-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
      uploadResult.add(answer);
    });
  }

  private Paragraph line(String id, String key, Object... args) {
    Paragraph p = new Paragraph(getTranslation(key, args));
    p.setId(id);
    return p;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("training.check.title") + " | " + getTranslation("app.name");
  }
}
