package br.org.teia.fund.partnership;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A new MROSC partnership typed by the fund's manager: the term, the inscribed entity, plan, term and money. */
public class PartnershipEditor extends EditorForm<PartnershipDraft> {

  final TextField number = new TextField();
  final Select<PartnershipKind> kind = new Select<>();
  final TextField entityCnpj = new TextField();
  final TextField entityName = new TextField();
  final TextField object = new TextField();
  final TextArea workPlan = new TextArea();
  final DatePicker startsOn = new DatePicker();
  final DatePicker endsOn = new DatePicker();
  final BigDecimalField total = new BigDecimalField();
  final IntegerField instalments = new IntegerField();

  public PartnershipEditor() {
    super(PartnershipDraft.class, "fund.partnership.save", "ui.form.cancel");
    saveButton().setId("fund-partnership-save");
    label(number, "fund.public.partnership.number", "fund-partnership-number");
    label(kind, "fund.public.partnership.kind", "fund-partnership-kind");
    kind.setItems(PartnershipKind.values());
    kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("fund.partnership.kind." + k.name()));
    label(entityCnpj, "fund.public.cnpj", "fund-partnership-cnpj");
    label(entityName, "fund.public.entity", "fund-partnership-entity");
    label(object, "fund.public.partnership.object", "fund-partnership-object");
    label(workPlan, "fund.partnership.work-plan", "fund-partnership-work-plan");
    label(startsOn, "fund.partnership.starts-on", "fund-partnership-starts");
    label(endsOn, "fund.partnership.ends-on", "fund-partnership-ends");
    label(total, "fund.public.partnership.total", "fund-partnership-total");
    label(instalments, "fund.partnership.instalments", "fund-partnership-instalments");
    binder.forField(number).bind("number");
    binder.forField(kind).bind("kind");
    binder.forField(entityCnpj).bind("entityCnpj");
    binder.forField(entityName).bind("entityName");
    binder.forField(object).bind("object");
    binder.forField(workPlan).bind("workPlan");
    binder.forField(startsOn).bind("startsOn");
    binder.forField(endsOn).bind("endsOn");
    binder.forField(total).bind("total");
    binder.forField(instalments).bind("instalments");
    add(number, kind, entityCnpj, entityName, object, workPlan, startsOn, endsOn, total, instalments);
    setColspan(object, 2);
    setColspan(workPlan, 2);
  }

  private void label(HasLabel field, String key, String id) {
    field.setLabel(getTranslation(key));
    ((com.vaadin.flow.component.Component) field).setId(id);
  }

  public static PartnershipDraft blank() {
    return new PartnershipDraft(null, PartnershipKind.COLLABORATION, null, null, null, null, null, null, null, 4);
  }
}
