package br.org.teia.council.composition;

import br.org.teia.kernel.ui.form.CpfText;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A new mandate on a council's seat: segment, seat, role, person, organisation and term (end proposed from the start). */
public class MandateEditor extends EditorForm<MandateForm> {

  final Select<SegmentSummary> segment = new Select<>();
  final IntegerField seat = new IntegerField();
  final Select<MandateRole> role = new Select<>();
  final TextField person = new TextField();
  final TextField cpf = new TextField();
  final TextField organisation = new TextField();
  final Checkbox management = new Checkbox();
  final DatePicker start = new DatePicker();
  final DatePicker end = new DatePicker();

  public MandateEditor(CouncilSummary council) {
    super(MandateForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("mandate-save");
    segment.setId("mandate-segment");
    segment.setLabel(getTranslation("council.ui.segment"));
    segment.setItems(council.segments());
    segment.setItemLabelGenerator(s -> getTranslation(s.side().labelKey()) + " — " + s.name());
    seat.setLabel(getTranslation("council.ui.seat"));
    seat.setId("mandate-seat");
    seat.setMin(1);
    role.setId("mandate-role");
    role.setLabel(getTranslation("council.ui.role"));
    role.setItems(MandateRole.values());
    role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
    person.setLabel(getTranslation("council.ui.person"));
    person.setId("mandate-person");
    cpf.setLabel(getTranslation("council.ui.cpf"));
    cpf.setId("mandate-cpf");
    CpfText.shape(cpf);
    organisation.setLabel(getTranslation("council.ui.organisation"));
    organisation.setId("mandate-organisation");
    management.setLabel(getTranslation("council.ui.management-position"));
    management.setId("mandate-management");
    start.setLabel(getTranslation("council.ui.starts-on"));
    start.setId("mandate-start");
    end.setLabel(getTranslation("council.ui.ends-on"));
    end.setId("mandate-end");
    start.addValueChangeListener(e -> {
      if (e.getValue() != null && end.isEmpty()) {
        end.setValue(e.getValue().plusYears(council.mandateYears()).minusDays(1));
      }
    });

    Map<UUID, SegmentSummary> segmentById = council.segments().stream()
        .collect(Collectors.toMap(SegmentSummary::id, Function.identity()));
    binder.forField(segment).withConverter(s -> s == null ? null : s.id(), segmentById::get).bind("segmentId");
    // no seat is seat 0, which the record refuses
    binder.forField(seat).withConverter(n -> n == null ? 0 : n, n -> n == null || n == 0 ? null : n).bind("seatNumber");
    binder.forField(role).bind("role");
    binder.forField(person).bind("personName");
    binder.forField(cpf).bind("cpf");
    binder.forField(organisation).bind("organisation");
    binder.forField(management).bind("managementPosition");
    binder.forField(start).bind("startsOn");
    binder.forField(end).bind("endsOn");
    add(segment, seat, role, person, cpf, organisation, management, start, end);
  }

  /** A titular member's mandate, nothing else chosen. */
  public static MandateForm blank() {
    return new MandateForm(null, 0, MandateRole.MEMBER, null, null, null, false, null, null);
  }
}
