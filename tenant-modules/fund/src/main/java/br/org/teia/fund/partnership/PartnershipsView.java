package br.org.teia.fund.partnership;

import br.org.teia.fund.FundAccess;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The fund's MROSC partnerships: each term with its entity, period, total and whether an accountability is
 * late; the selected one's accountabilities with their deadlines. The fund's manager signs new ones and
 * records deliveries, reviews and the 30-day extension; the council's people read.
 */
@PageHelp("fund.help.partnerships")
@Route(PartnershipsView.ROUTE)
@RolesAllowed(FundAccess.READ)
public class PartnershipsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/parcerias";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One accountability of the selected partnership with its position (what the service names it by). */
  record AccountabilityRow(int position, Accountability accountability, boolean late, boolean reviewLate) {}

  private final PartnershipService partnerships;
  private final boolean canWrite;
  final Grid<PartnershipSummary> grid = new Grid<>();
  final Grid<AccountabilityRow> accounts = new Grid<>();
  final H3 selectedTitle = new H3();
  final DatePicker on = new DatePicker();
  final Button deliver = new Button();
  final Button review = new Button();
  final Button extend = new Button();
  final Paragraph empty = new Paragraph();
  private PartnershipSummary selected;

  public PartnershipsView(PartnershipService partnerships, CurrentUser currentUser, Clock clock) {
    this.partnerships = partnerships;
    this.canWrite = currentUser.can(FundAccess.WRITE);
    setSizeFull();
    NumberFormat money = NumberFormat.getNumberInstance(Locale.of("pt", "BR"));
    money.setMinimumFractionDigits(2);
    money.setMaximumFractionDigits(2);

    grid.setId("fund-partnerships");
    var number = grid.addColumn(PartnershipSummary::number).setHeader(getTranslation("fund.public.partnership.number"))
        .setAutoWidth(true);
    grid.addColumn(p -> getTranslation("fund.partnership.kind." + p.kind().name()))
        .setHeader(getTranslation("fund.public.partnership.kind")).setAutoWidth(true);
    var entity = grid.addColumn(PartnershipSummary::entityName).setHeader(getTranslation("fund.public.entity")).setFlexGrow(2);
    grid.addColumn(p -> getTranslation("fund.public.partnership.period-value", DATE.format(p.startsOn()),
        DATE.format(p.endsOn()))).setHeader(getTranslation("fund.public.partnership.period")).setAutoWidth(true);
    grid.addColumn(p -> money.format(p.total())).setHeader(getTranslation("fund.public.partnership.total")).setAutoWidth(true);
    grid.addColumn(p -> getTranslation(p.overdue() ? "fund.public.partnership.overdue" : "fund.public.partnership.on-time"))
        .setHeader(getTranslation("fund.public.partnership.accounts")).setAutoWidth(true);
    PhoneColumns.keep(grid, number, entity);
    grid.setEmptyStateText(getTranslation("fund.public.no-partnerships"));
    grid.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));

    accounts.setId("fund-partnership-accounts");
    var accountability = accounts.addColumn(r -> getTranslation(r.accountability().finalReport() ? "fund.partnership.final" : "fund.partnership.yearly",
        DATE.format(r.accountability().periodEnd()))).setHeader(getTranslation("fund.partnership.accountability")).setFlexGrow(2);
    accounts.addColumn(r -> DATE.format(r.accountability().dueOn())).setHeader(getTranslation("fund.partnership.due-on"));
    accounts.addColumn(r -> date(r.accountability().deliveredOn())).setHeader(getTranslation("fund.partnership.delivered-on"));
    accounts.addColumn(r -> date(r.accountability().reviewDueOn())).setHeader(getTranslation("fund.partnership.review-due-on"));
    accounts.addColumn(r -> date(r.accountability().reviewedOn())).setHeader(getTranslation("fund.partnership.reviewed-on"));
    var situation = accounts.addColumn(r -> getTranslation(r.late() ? "fund.partnership.delivery-late"
        : r.reviewLate() ? "fund.partnership.review-late" : "fund.public.partnership.on-time"))
        .setHeader(getTranslation("fund.partnership.situation")).setAutoWidth(true);
    PhoneColumns.keep(accounts, accountability, situation);
    accounts.setAllRowsVisible(true);
    accounts.setVisible(false);
    selectedTitle.setVisible(false);

    Button add = new Button(getTranslation("fund.partnership.new"), click -> new EditorDialog<>(
        getTranslation("fund.partnership.new"), new PartnershipEditor(), draft -> {
          partnerships.sign(draft.form());
          return getTranslation("fund.partnership.signed");
        }, this::refresh).open(PartnershipEditor.blank()));
    add.setId("fund-partnership-new");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setVisible(canWrite);

    on.setId("fund-partnership-date");
    on.setLabel(getTranslation("fund.partnership.date"));
    on.setValue(LocalDate.now(clock));
    deliver.setText(getTranslation("fund.partnership.deliver"));
    deliver.setId("fund-partnership-deliver");
    review.setText(getTranslation("fund.partnership.review"));
    review.setId("fund-partnership-review");
    extend.setText(getTranslation("fund.partnership.extend"));
    extend.setId("fund-partnership-extend");
    deliver.addClickListener(click -> act(r -> partnerships.deliver(selected.id(), r.position(), on.getValue()),
        "fund.partnership.delivered"));
    review.addClickListener(click -> act(r -> partnerships.review(selected.id(), r.position(), on.getValue()),
        "fund.partnership.reviewed"));
    extend.addClickListener(click -> act(r -> partnerships.extend(selected.id(), r.position()), "fund.partnership.extended"));
    HorizontalLayout actions = new HorizontalLayout(on, deliver, review, extend);
    actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    actions.setVisible(canWrite);
    accounts.addSelectionListener(change -> actions.setEnabled(change.getFirstSelectedItem().isPresent()));
    actions.setEnabled(false);

    add(new H2(getTranslation("fund.partnership.title")), add, grid, selectedTitle, accounts, actions);
    expand(grid);
    refresh();
  }

  private void act(java.util.function.Function<AccountabilityRow, PartnershipSummary> action, String confirmation) {
    AccountabilityRow row = accounts.asSingleSelect().getValue();
    if (selected == null || row == null) {
      return;
    }
    Actions.run(this, () -> {
      action.apply(row);
      return getTranslation(confirmation);
    }, this::refresh);
  }

  private void refresh() {
    java.util.UUID shown = selected == null ? null : selected.id(); // setItems clears the selection
    // Lazy: only the rows in view are fetched and kept, a page at a time (the municipality's partnerships only grow).
    grid.setItems(query -> partnerships.partnerships(query.getPage(), query.getPageSize()).stream(),
        query -> partnerships.countPartnerships());
    if (shown != null) {
      grid.select(partnerships.partnership(shown));
    }
  }

  private void select(PartnershipSummary partnership) {
    selected = partnership;
    accounts.setVisible(partnership != null);
    selectedTitle.setVisible(partnership != null);
    if (partnership == null) {
      return;
    }
    selectedTitle.setText(getTranslation("fund.partnership.accountabilities", partnership.number(), partnership.entityName()));
    accounts.setItems(IntStream.range(0, partnership.accountabilities().size()).mapToObj(i -> {
      Accountability a = partnership.accountabilities().get(i);
      return new AccountabilityRow(i, a, partnership.deliveryLate(a), partnership.reviewLate(a));
    }).toList());
  }

  private static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.partnership.title") + " | " + getTranslation("app.name");
  }
}
