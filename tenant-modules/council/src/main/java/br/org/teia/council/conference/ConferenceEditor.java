package br.org.teia.council.conference;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** A conference to convene: kind, edition, theme, dates, venue and who convenes it. */
public class ConferenceEditor extends EditorForm<ConferenceForm> {

  final Select<ConferenceKind> kind = new Select<>();
  final IntegerField edition = new IntegerField();
  final TextField theme = new TextField();
  final DatePicker startsOn = new DatePicker();
  final DatePicker endsOn = new DatePicker();
  final TextField venue = new TextField();
  final TextField convenedBy = new TextField();

  public ConferenceEditor() {
    super(ConferenceForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("conference-save");
    kind.setId("conference-kind");
    kind.setLabel(getTranslation("council.conference.ui.kind"));
    kind.setItems(ConferenceKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    edition.setLabel(getTranslation("council.conference.ui.edition"));
    edition.setId("conference-edition");
    edition.setMin(1);
    theme.setLabel(getTranslation("council.conference.ui.theme"));
    theme.setId("conference-theme");
    startsOn.setLabel(getTranslation("council.conference.ui.starts-on"));
    startsOn.setId("conference-starts-on");
    endsOn.setLabel(getTranslation("council.conference.ui.ends-on"));
    endsOn.setId("conference-ends-on");
    venue.setLabel(getTranslation("council.conference.ui.venue"));
    venue.setId("conference-venue");
    convenedBy.setLabel(getTranslation("council.conference.ui.convened-by"));
    convenedBy.setId("conference-convened-by");
    binder.forField(kind).bind("kind");
    // no edition is edition 0, which the record refuses
    binder.forField(edition).withConverter(n -> n == null ? 0 : n, n -> n == null || n == 0 ? null : n).bind("edition");
    binder.forField(theme).bind("theme");
    binder.forField(startsOn).bind("startsOn");
    binder.forField(endsOn).bind("endsOn");
    binder.forField(venue).bind("venue");
    binder.forField(convenedBy).bind("convenedBy");
    add(kind, edition, theme, startsOn, endsOn, venue, convenedBy);
  }

  /** An ordinary conference, nothing else filled. */
  public static ConferenceForm blank() {
    return new ConferenceForm(ConferenceKind.ORDINARY, 0, null, null, null, null, null);
  }
}
