package br.org.teia.structure.managingbody;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import br.org.teia.structure.StructureAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/** The managing body of the municipality: one form; the size class follows the population as it is typed. */
@Route(ManagingBodyView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class ManagingBodyView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "estrutura/orgao-gestor";

  private final ManagingBodyService bodies;
  private final TextField secretariat = new TextField();
  private final TextField cnpj = new TextField();
  private final TextField manager = new TextField();
  private final TextField lawNumber = new TextField();
  private final DatePicker lawDate = new DatePicker();
  private final TextField lawUrl = new TextField();
  private final IntegerField population = new IntegerField();
  private final TextField sizeClass = new TextField();
  private final Select<SuasManagementLevel> managementLevel = new Select<>();
  private Integer version;

  public ManagingBodyView(ManagingBodyService bodies, CurrentUser currentUser) {
    this.bodies = bodies;
    boolean canWrite = currentUser.can(StructureAccess.WRITE);
    setMaxWidth("60rem");

    label(secretariat, "structure.managing-body.secretariat", "managing-body-secretariat", true);
    label(cnpj, "structure.managing-body.cnpj", "managing-body-cnpj", true);
    cnpj.setPlaceholder("00.000.000/0000-00");
    label(manager, "structure.managing-body.manager", "managing-body-manager", true);
    label(lawNumber, "structure.managing-body.law-number", "managing-body-law-number", false);
    lawDate.setLabel(getTranslation("structure.managing-body.law-date"));
    lawDate.setId("managing-body-law-date");
    label(lawUrl, "structure.managing-body.law-url", "managing-body-law-url", false);
    lawUrl.setPlaceholder("https://");
    population.setLabel(getTranslation("structure.managing-body.population"));
    population.setId("managing-body-population");
    population.setRequiredIndicatorVisible(true);
    population.setMin(1);
    population.addValueChangeListener(e -> showSizeClass(e.getValue()));
    sizeClass.setLabel(getTranslation("structure.managing-body.size-class"));
    sizeClass.setId("managing-body-size-class");
    sizeClass.setReadOnly(true);
    sizeClass.setHelperText(getTranslation("structure.managing-body.size-class.help"));

    managementLevel.setLabel(getTranslation("structure.managing-body.management-level"));
    managementLevel.setId("managing-body-management-level");
    managementLevel.setItems(SuasManagementLevel.values());
    managementLevel.setEmptySelectionAllowed(true);
    managementLevel.setEmptySelectionCaption(getTranslation("structure.management-level.none"));
    managementLevel.setItemLabelGenerator(level -> level == null ? getTranslation("structure.management-level.none")
        : getTranslation(level.labelKey()));
    managementLevel.setHelperText(getTranslation("structure.managing-body.management-level.help"));

    bodies.find().ifPresentOrElse(this::fill,
        () -> add(new Paragraph(getTranslation("structure.managing-body.empty"))));

    FormErrors errors = new FormErrors(Map.of("secretariatName", secretariat, "fundCnpj", cnpj,
        "managerName", manager, "suasLawNumber", lawNumber, "suasLawDate", lawDate, "suasLawUrl", lawUrl,
        "population", population, "suasManagementLevel", managementLevel));
    Button save = new Button(getTranslation("structure.managing-body.save"), click -> {
      ManagingBodyForm form = new ManagingBodyForm(secretariat.getValue(), cnpj.getValue(), manager.getValue(),
          lawNumber.getValue(), lawDate.getValue(), lawUrl.getValue(), population.getValue(),
          managementLevel.getValue());
      try {
        ManagingBodySummary saved = bodies.save(version, form);
        errors.clear();
        fill(saved);
        Notification.show(getTranslation("structure.managing-body.saved"));
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), null);
      }
    });
    save.setId("managing-body-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setVisible(canWrite);
    FormLayout form = new FormLayout(secretariat, cnpj, manager, population, sizeClass, managementLevel, lawNumber,
        lawDate, lawUrl);
    form.setColspan(secretariat, 2);
    form.setColspan(lawUrl, 2);
    if (!canWrite) {
      java.util.List.of(secretariat, cnpj, manager, lawNumber, lawUrl).forEach(field -> field.setReadOnly(true));
      lawDate.setReadOnly(true);
      population.setReadOnly(true);
      managementLevel.setReadOnly(true);
    }
    add(new H2(getTranslation("structure.managing-body.title")), form, save);
  }

  private void fill(ManagingBodySummary body) {
    secretariat.setValue(body.secretariatName());
    cnpj.setValue(body.formattedFundCnpj());
    manager.setValue(body.managerName());
    lawNumber.setValue(body.suasLawNumber() == null ? "" : body.suasLawNumber());
    lawDate.setValue(body.suasLawDate());
    lawUrl.setValue(body.suasLawUrl() == null ? "" : body.suasLawUrl());
    population.setValue(body.population());
    managementLevel.setValue(body.suasManagementLevel());
    version = body.version();
  }

  private void showSizeClass(Integer inhabitants) {
    sizeClass.setValue(inhabitants == null || inhabitants <= 0 ? "" : getTranslation(SizeClass.of(inhabitants).labelKey()));
  }

  private void label(TextField field, String key, String id, boolean required) {
    field.setLabel(getTranslation(key));
    field.setId(id);
    field.setRequiredIndicatorVisible(required);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.managing-body.title") + " | " + getTranslation("app.name");
  }
}
