package br.org.teia.council.resolution;

import br.org.teia.council.meeting.DeliberatedItem;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A resolution of a deliberated agenda item: the item (its title proposed), title and text. */
public class ResolutionEditor extends EditorForm<ResolutionForm> {

  final Select<DeliberatedItem> item = new Select<>();
  final TextField title = new TextField();
  final TextArea text = new TextArea();

  public ResolutionEditor(List<DeliberatedItem> pending) {
    super(ResolutionForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("resolution-save");
    item.setId("resolution-item");
    item.setLabel(getTranslation("council.ui.resolution-item"));
    item.setItemLabelGenerator(i -> i == null ? "" : getTranslation("council.ui.resolution-item-label",
        i.meetingDate().format(ResolutionsView.DATE), i.title(),
        getTranslation(i.approved() ? "council.ui.approved" : "council.ui.rejected")));
    item.setItems(pending);
    item.setEmptySelectionAllowed(false);
    if (pending.isEmpty()) {
      item.setHelperText(getTranslation("council.ui.no-deliberated-items"));
    }
    title.setLabel(getTranslation("council.ui.resolution-title"));
    title.setId("resolution-title");
    title.setMaxLength(300);
    text.setLabel(getTranslation("council.ui.resolution-text"));
    text.setId("resolution-text");
    text.setMinHeight("12em");
    item.addValueChangeListener(e -> {
      if (e.getValue() != null && title.isEmpty()) {
        title.setValue(e.getValue().title());
      }
    });
    Map<UUID, DeliberatedItem> byId = pending.stream()
        .collect(Collectors.toMap(DeliberatedItem::itemId, Function.identity()));
    binder.forField(item).withConverter(i -> i == null ? null : i.itemId(), byId::get).bind("agendaItemId");
    binder.forField(title).bind("title");
    binder.forField(text).bind("text");
    add(item, title, text);
    setColspan(text, 2);
  }

  public static ResolutionForm blank() {
    return new ResolutionForm(null, null, null);
  }
}
