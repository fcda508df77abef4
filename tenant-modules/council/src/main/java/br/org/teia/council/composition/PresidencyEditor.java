package br.org.teia.council.composition;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A presidency term: one of the council's titular members, from and to (end proposed from the start). */
public class PresidencyEditor extends EditorForm<PresidencyForm> {

  final ComboBox<MandateSummary> member = new ComboBox<>();
  final DatePicker start = new DatePicker();
  final DatePicker end = new DatePicker();

  public PresidencyEditor(List<MandateSummary> members, int termYears) {
    super(PresidencyForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("presidency-save");
    member.setLabel(getTranslation("council.ui.person"));
    member.setId("presidency-member");
    member.setItems(members);
    member.setItemLabelGenerator(m -> m.personName() + " — " + getTranslation(m.side().labelKey()));
    start.setLabel(getTranslation("council.ui.starts-on"));
    end.setLabel(getTranslation("council.ui.ends-on"));
    start.addValueChangeListener(e -> {
      if (e.getValue() != null && end.isEmpty()) {
        end.setValue(e.getValue().plusYears(termYears).minusDays(1));
      }
    });
    Map<UUID, MandateSummary> byId = members.stream().collect(Collectors.toMap(MandateSummary::id, Function.identity()));
    binder.forField(member).withConverter(m -> m == null ? null : m.id(), byId::get).bind("mandateId");
    binder.forField(start).bind("startsOn");
    binder.forField(end).bind("endsOn");
    add(member, start, end);
  }

  public static PresidencyForm blank() {
    return new PresidencyForm(null, null, null);
  }
}
