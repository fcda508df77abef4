package br.org.teia.structure.managingbody;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.structure.StructureAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The managing body of the municipality: one form; the size class follows the population as it is typed. */
@PageHelp("structure.help.managing-body")
@Route(ManagingBodyView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class ManagingBodyView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "estrutura/orgao-gestor";

  private final ManagingBodyService bodies;
  private final ManagingBodyEditor form = new ManagingBodyEditor();
  private Integer version;

  public ManagingBodyView(ManagingBodyService bodies, CurrentUser currentUser) {
    this.bodies = bodies;
    boolean canWrite = currentUser.can(StructureAccess.MANAGING_BODY);
    setMaxWidth("60rem");

    bodies.find().ifPresentOrElse(this::fill,
        () -> add(new Paragraph(getTranslation("structure.managing-body.empty"))));

    form.addSaveListener(event -> form.submit(event.value(), value -> {
      fill(bodies.save(version, value));
      return getTranslation("structure.managing-body.saved");
    }));
    Button save = form.saveButton();
    save.setVisible(canWrite);
    if (!canWrite) {
      form.readOnly();
    }
    add(new H2(getTranslation("structure.managing-body.title")), form, save);
  }

  private void fill(ManagingBodySummary body) {
    form.edit(body.form());
    version = body.version();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.managing-body.title") + " | " + getTranslation("app.name");
  }
}
