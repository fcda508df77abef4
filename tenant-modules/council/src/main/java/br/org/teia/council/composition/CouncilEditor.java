package br.org.teia.council.composition;

import br.org.teia.kernel.security.PlainText;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** A council: its law, seats, mandate and presidency rules, quorum, notice and segments. */
public class CouncilEditor extends EditorForm<CouncilForm> {

  final TextField acronym = new TextField();
  final TextField name = new TextField();
  final TextField lawNumber = new TextField();
  final DatePicker lawDate = new DatePicker();
  final IntegerField seats = new IntegerField();
  final IntegerField mandateYears = new IntegerField();
  final IntegerField mandateReconductions = new IntegerField();
  final IntegerField presidencyYears = new IntegerField();
  final IntegerField presidencyReconductions = new IntegerField();
  final Select<QuorumRule> quorum = new Select<>();
  final IntegerField notice = new IntegerField();
  final IntegerField extraordinaryNotice = new IntegerField();
  final SegmentsField segments = new SegmentsField();

  public CouncilEditor() {
    super(CouncilForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("council-save");
    acronym.setLabel(getTranslation("council.ui.acronym"));
    acronym.setId("council-acronym");
    name.setLabel(getTranslation("council.ui.name"));
    name.setId("council-name");
    lawNumber.setLabel(getTranslation("council.ui.law-number"));
    lawNumber.setId("council-law-number");
    lawDate.setLabel(getTranslation("council.ui.law-date"));
    lawDate.setId("council-law-date");
    seats.setLabel(getTranslation("council.ui.seats"));
    seats.setId("council-seats");
    mandateYears.setLabel(getTranslation("council.ui.mandate-years"));
    mandateReconductions.setLabel(getTranslation("council.ui.mandate-reconductions"));
    presidencyYears.setLabel(getTranslation("council.ui.presidency-years"));
    presidencyReconductions.setLabel(getTranslation("council.ui.presidency-reconductions"));
    quorum.setLabel(getTranslation("council.ui.quorum"));
    quorum.setItems(QuorumRule.values());
    quorum.setItemLabelGenerator(q -> getTranslation(q.labelKey()));
    notice.setLabel(getTranslation("council.ui.notice-days"));
    notice.setId("council-notice");
    extraordinaryNotice.setLabel(getTranslation("council.ui.extraordinary-notice-days"));

    binder.forField(acronym).bind("acronym");
    binder.forField(name).bind("name");
    binder.forField(lawNumber).bind("lawNumber");
    binder.forField(lawDate).bind("lawDate");
    bindInt(seats, "seats");
    bindInt(mandateYears, "mandateYears");
    bindInt(mandateReconductions, "mandateReconductions");
    bindInt(presidencyYears, "presidencyTermYears");
    bindInt(presidencyReconductions, "presidencyReconductions");
    binder.forField(quorum).bind("quorumRule");
    bindInt(notice, "noticeDays");
    bindInt(extraordinaryNotice, "extraordinaryNoticeDays");
    // segment names are typed in the rows: held to the kernel's rule for text, as the form's own fields are
    binder.forField(segments).withValidator(list -> list == null || list.stream().map(SegmentForm::name)
        .allMatch(name -> name == null || PlainText.isAllowed(name)), "{ui.form.control-character}").bind("segments");

    add(acronym, name, lawNumber, lawDate, seats, quorum, mandateYears, mandateReconductions, presidencyYears,
        presidencyReconductions, notice, extraordinaryNotice, segments);
    setColspan(segments, 2);
  }

  /** A new CMAS with the usual rules and segments (named in the person's language). */
  public CouncilForm blank() {
    return CouncilForm.cmas("", "", null, 20, 10, List.of(
        new SegmentForm(null, SegmentKind.GOVERNMENT, getTranslation("council.ui.default-secretariat"), 10, 10),
        new SegmentForm(null, SegmentKind.USERS, getTranslation(SegmentKind.USERS.labelKey()), 4, 4),
        new SegmentForm(null, SegmentKind.ENTITIES, getTranslation(SegmentKind.ENTITIES.labelKey()), 3, 3),
        new SegmentForm(null, SegmentKind.WORKERS, getTranslation(SegmentKind.WORKERS.labelKey()), 3, 3)));
  }
}
