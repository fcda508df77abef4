package br.org.teia.exchange.practice;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.kernel.TeiaException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;

/**
 * Staff moderate submitted practices, oldest first: each opens with its texts and files, a note
 * field and three decisions (approve; ask for changes or refuse, both needing the note).
 */
@PageHelp("exchange.help.practice-moderation")
@Route(PracticeModerationView.ROUTE)
@RolesAllowed(ExchangeAccess.PUBLISH)
public class PracticeModerationView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao/boas-praticas";

  private final PracticeService practices;
  private final Grid<PracticeSummary> pending = new Grid<>();

  public PracticeModerationView(PracticeService practices) {
    this.practices = practices;
    setMaxWidth("80rem");
    pending.setId("pending-practices");
    pending.addColumn(p -> PracticesView.DAY.format(p.submittedAt())).setHeader(getTranslation("exchange.practice.submitted-at"))
        .setAutoWidth(true);
    pending.addColumn(PracticeSummary::title).setHeader(getTranslation("exchange.practice.title")).setFlexGrow(3);
    pending.addColumn(PracticeSummary::municipality).setHeader(getTranslation("exchange.practice.municipality"))
        .setAutoWidth(true);
    pending.addColumn(p -> getTranslation(p.theme().labelKey())).setHeader(getTranslation("exchange.practice.theme"))
        .setAutoWidth(true);
    pending.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    pending.setEmptyStateText(getTranslation("exchange.moderation.none"));
    pending.addItemClickListener(click -> open(click.getItem()));
    add(new H2(getTranslation("exchange.moderation.title")), pending);
    refresh();
  }

  private void open(PracticeSummary practice) {
    Dialog dialog = new Dialog(practice.title());
    dialog.setId("moderation-dialog");
    dialog.setWidth("min(50rem, 95vw)");
    TextArea note = new TextArea(getTranslation("exchange.moderation.note"));
    note.setId("moderation-note");
    note.setHelperText(getTranslation("exchange.moderation.note.help"));
    note.setMaxLength(PracticeService.MAX_NOTE);
    note.setWidthFull();
    dialog.add(new PracticeDetail(practice, practices.attachments(practice.id()),
        file -> practices.attachment(practice.id(), file.id())), note);
    Button approve = decision(dialog, note, "exchange.moderation.approve", "moderation-approve", () -> {
      practices.approve(practice.id(), practice.version());
      return getTranslation("exchange.moderation.approved", practice.title());
    });
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    Button changes = decision(dialog, note, "exchange.moderation.request-changes", "moderation-changes", () -> {
      practices.requestChanges(practice.id(), practice.version(), note.getValue());
      return getTranslation("exchange.moderation.changes-requested", practice.title());
    });
    Button refuse = decision(dialog, note, "exchange.moderation.refuse", "moderation-refuse", () -> {
      practices.refuse(practice.id(), practice.version(), note.getValue());
      return getTranslation("exchange.moderation.refused", practice.title());
    });
    refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
    dialog.getFooter().add(new Button(getTranslation("exchange.cancel"), click -> dialog.close()), refuse, changes,
        approve);
    dialog.open();
  }

  /** A decision button: the service's answer in a notification and the list refreshed, or its refusal under the note. */
  private Button decision(Dialog dialog, TextArea note, String key, String id, Supplier<String> action) {
    Button button = new Button(getTranslation(key), click -> {
      note.setInvalid(false);
      try {
        Notification.show(action.get());
        dialog.close();
        refresh();
      } catch (TeiaException refusal) {
        note.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
        note.setInvalid(true);
      }
    });
    button.setId(id);
    return button;
  }

  private void refresh() {
    // Lazy: only the rows in view are fetched and kept.
    pending.setItems(query -> practices.pending(query.getOffset(), query.getLimit()).stream(), query -> practices.countPending());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.moderation.title") + " | " + getTranslation("app.name");
  }
}
