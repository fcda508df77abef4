package br.org.teia.council.inscription;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.Tenants;
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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The public page where anyone checks an inscription certificate, without login:
 * {@code /verificar/{ibge}} asks the verification code printed on the certificate
 * ({@code ?codigo=} fills it in). Nobody is signed in, so the page enters the named municipality's
 * scope itself, only to call {@link InscriptionService#verify}, which returns the council, the entity
 * (a legal person), the number, date and status: no person's name, no document, nothing else.
 */
@Route(value = VerifyCertificateView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class VerifyCertificateView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = "verificar";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Tenants tenants;
  private final TenantCatalog catalog;
  private final InscriptionService inscriptions;
  private final Div result = new Div();
  private Tenant tenant;

  public VerifyCertificateView(Tenants tenants, TenantCatalog catalog, InscriptionService inscriptions) {
    this.tenants = tenants;
    this.catalog = catalog;
    this.inscriptions = inscriptions;
    setMaxWidth("50em");
    getStyle().set("margin", "0 auto");
    result.setId("verify-result");
    result.getElement().setAttribute("aria-live", "polite");
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String ibge) {
    removeAll();
    result.removeAll();
    try {
      tenant = ibge == null ? null : catalog.find(TenantId.of(ibge)).filter(Tenant::isActive).orElse(null);
    } catch (TeiaException e) {
      tenant = null;
    }
    if (tenant == null) {
      H1 heading = new H1(getTranslation("council.verify.not-found"));
      heading.setId("verify-not-found");
      add(heading);
      return;
    }
    String municipality = tenant.name() + " (" + tenant.uf() + ")";
    add(new H1(getTranslation("council.verify.title")),
        new Paragraph(getTranslation("council.verify.intro", municipality)));
    TextField code = new TextField(getTranslation("council.verify.code"));
    code.setId("verify-code");
    code.setPlaceholder("XXXX-XXXX-XXXX");
    code.setMaxLength(20);
    code.setAutofocus(true);
    Button check = new Button(getTranslation("council.verify.check"), click -> check(code.getValue(), municipality));
    check.setId("verify-check");
    check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    check.addClickShortcut(Key.ENTER);
    HorizontalLayout form = new HorizontalLayout(code, check);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(form, result);
    List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("codigo", List.of());
    if (!given.isEmpty()) {
      code.setValue(given.getFirst());
      check(given.getFirst(), municipality);
    }
  }

  private void check(String code, String municipality) {
    result.removeAll();
    Optional<PublicCertificate> found;
    // Public read only: the scope is entered for this call and closed right after.
    try (var scope = tenants.enter(tenant.id())) {
      found = inscriptions.verify(code);
    }
    if (found.isEmpty()) {
      Paragraph invalid = new Paragraph(getTranslation("council.verify.invalid", municipality));
      invalid.setId("verify-invalid");
      result.add(invalid);
      return;
    }
    PublicCertificate certificate = found.get();
    H2 valid = new H2(getTranslation("council.verify.valid"));
    valid.setId("verify-valid");
    result.add(valid,
        new Paragraph(getTranslation("council.verify.council", certificate.councilAcronym(), certificate.councilName())),
        new Paragraph(getTranslation("council.verify.entity", certificate.entityName(), certificate.entityCnpj())),
        new Paragraph(getTranslation("council.verify.kind", getTranslation(certificate.kind().labelKey()))),
        new Paragraph(getTranslation("council.verify.number", certificate.number(),
            certificate.inscribedOn().format(DATE))),
        new Paragraph(getTranslation("council.verify.status",
            getTranslation("council.inscription.status." + certificate.status().name()))));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.verify.title") + " | " + getTranslation("app.name");
  }
}
