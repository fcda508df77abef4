package br.org.teia.council.composition;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The segments of a council as one field of its form: a row per segment, rows added and removed. */
class SegmentsField extends CustomField<List<SegmentForm>> {

  private final VerticalLayout rowsBox = new VerticalLayout();
  private final List<SegmentRow> rows = new ArrayList<>();

  SegmentsField() {
    rowsBox.setPadding(false);
    Button addSegment = new Button(getTranslation("council.ui.segment-add"), VaadinIcon.PLUS.create(),
        click -> addRow(null));
    addSegment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    VerticalLayout content = new VerticalLayout(new H4(getTranslation("council.ui.segments")), rowsBox, addSegment);
    content.setPadding(false);
    add(content);
  }

  private void addRow(SegmentForm segment) {
    SegmentRow row = new SegmentRow(segment);
    rows.add(row);
    rowsBox.add(row);
  }

  @Override
  protected List<SegmentForm> generateModelValue() {
    return rows.stream().map(SegmentRow::form).toList();
  }

  @Override
  protected void setPresentationValue(List<SegmentForm> segments) {
    rows.clear();
    rowsBox.removeAll();
    if (segments != null) {
      segments.forEach(this::addRow);
    }
  }

  /** One segment: kind, name, member and alternate seats. */
  private final class SegmentRow extends HorizontalLayout {
    final UUID id;
    final Select<SegmentKind> kind = new Select<>();
    final TextField name = new TextField(getTranslation("council.ui.segment-name"));
    final IntegerField members = new IntegerField(getTranslation("council.ui.segment-members"));
    final IntegerField alternates = new IntegerField(getTranslation("council.ui.segment-alternates"));

    SegmentRow(SegmentForm form) {
      this.id = form == null ? null : form.id();
      kind.setLabel(getTranslation("council.ui.segment-kind"));
      kind.setItems(SegmentKind.values());
      kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
      members.setWidth("7em");
      alternates.setWidth("7em");
      if (form != null) {
        kind.setValue(form.kind());
        name.setValue(form.name() == null ? "" : form.name());
        members.setValue(form.memberSeats());
        alternates.setValue(form.alternateSeats());
      }
      Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
        rows.remove(this);
        rowsBox.remove(this);
        updateValue();
      });
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      remove.setAriaLabel(getTranslation("council.ui.segment-remove"));
      setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
      add(kind, name, members, alternates, remove);
    }

    SegmentForm form() {
      return new SegmentForm(id, kind.getValue(), name.getValue(), members.getValue() == null ? 0 : members.getValue(),
          alternates.getValue() == null ? 0 : alternates.getValue());
    }
  }
}
