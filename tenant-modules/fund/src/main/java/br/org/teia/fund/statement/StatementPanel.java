package br.org.teia.fund.statement;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.ledger.MoneyColumn;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.Actions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The year's annual demonstrativo on the fund's report screen: where it stands, its deadlines (late ones
 * flagged), the council's opinion and resolution once they came back, the figures once finalised; the
 * fund's manager writes the notes, finalises and sends it. Everyone who reads the fund reads this.
 */
public class StatementPanel extends Section {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final StatementService statements;
  private final boolean canWrite;
  final H3 title = new H3();
  final Paragraph status = new Paragraph();
  final Paragraph deadlines = new Paragraph();
  final Paragraph late = new Paragraph();
  final Paragraph opinion = new Paragraph();
  final Paragraph opinionText = new Paragraph();
  final StatementNotesEditor notesForm = new StatementNotesEditor();
  final TextArea notes = notesForm.notes;
  final Button save = notesForm.saveButton();
  final Button finalise = new Button();
  final Button send = new Button();
  final Grid<StatementLine> figures = new Grid<>();
  private int year;

  public StatementPanel(StatementService statements, CurrentUser currentUser) {
    this.statements = statements;
    this.canWrite = currentUser.can(FundAccess.WRITE);
    setId("fund-statement");
    title.setId("fund-statement-title");
    status.setId("fund-statement-status");
    deadlines.setId("fund-statement-deadlines");
    late.setId("fund-statement-late");
    late.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
    opinion.setId("fund-statement-opinion");
    opinionText.setId("fund-statement-opinion-text");
    finalise.setText(getTranslation("fund.statement.finalise"));
    finalise.setId("fund-statement-finalise");
    send.setText(getTranslation("fund.statement.send", StatementService.COUNCIL));
    send.setId("fund-statement-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    notesForm.addSaveListener(event -> {
      if (notesForm.submit(event.value(), value -> {
        statements.prepare(year, value.notes());
        return getTranslation("fund.statement.saved");
      })) {
        refresh();
      }
    });
    finalise.addClickListener(click -> Actions.run(this, () -> {
      statements.finalise(year);
      return getTranslation("fund.statement.finalised", year);
    }, this::refresh));
    send.addClickListener(click -> Actions.run(this, () -> {
      statements.send(year);
      return getTranslation("fund.statement.sent", StatementService.COUNCIL);
    }, this::refresh));

    figures.setId("fund-statement-figures");
    figures.setAllRowsVisible(true);
    figures.addColumn(StatementLine::blockName).setHeader(getTranslation("fund.expense.block")).setFlexGrow(2);
    amount(StatementLine::opening, "fund.report.opening");
    amount(StatementLine::received, "fund.balance.received");
    amount(StatementLine::committed, "fund.ledger.committed");
    amount(StatementLine::liquidated, "fund.ledger.liquidated");
    amount(StatementLine::paid, "fund.ledger.paid");
    amount(StatementLine::carriedPaid, "fund.report.carried-paid");
    amount(StatementLine::closing, "fund.report.closing");
    figures.setAriaLabel(getTranslation("fund.statement.figures"));

    HorizontalLayout buttons = new HorizontalLayout(save, finalise, send);
    buttons.setVisible(canWrite);
    add(title, status, deadlines, late, opinion, opinionText, figures, notesForm, buttons);
    getElement().setAttribute("aria-labelledby", "fund-statement-title");
  }

  private void amount(Function<StatementLine, BigDecimal> amount, String key) {
    MoneyColumn.add(figures, amount::apply, getTranslation(key));
  }

  /** Shows the demonstrativo of {@code shownYear}. */
  public void show(int shownYear) {
    this.year = shownYear;
    refresh();
  }

  private void refresh() {
    StatementSummary s = statements.statement(year);
    title.setText(getTranslation("fund.statement.title", year));
    status.setText(s.status() == null ? getTranslation("fund.statement.status.none")
        : getTranslation("fund.statement.status." + s.status().name(), date(s.finalisedOn()),
            s.council() == null ? "" : s.council(), date(s.sentOn())));
    deadlines.setText(s.sendBy() == null ? getTranslation("fund.statement.deadlines.none")
        : getTranslation("fund.statement.deadlines", date(s.sendBy()), date(s.opinionBy())));
    String lateText = (s.sendingLate() ? getTranslation("fund.statement.late.sending") + " " : "")
        + (s.opinionLate() ? getTranslation("fund.statement.late.opinion") : "");
    late.setText(lateText.strip());
    late.setVisible(!lateText.isBlank());
    opinion.setVisible(s.appreciated());
    opinionText.setVisible(s.appreciated() && s.opinion() != null);
    if (s.appreciated()) {
      opinion.setText(getTranslation("fund.statement.opinion", s.council(),
          getTranslation(Boolean.TRUE.equals(s.approved()) ? "fund.statement.approved" : "fund.statement.rejected"),
          s.votesFor(), s.votesAgainst(), s.abstentions(), date(s.meetingDate()), s.resolutionNumber(),
          date(s.appreciatedOn())));
      opinionText.setText(s.opinion() == null ? "" : s.opinion());
    }
    boolean fixed = s.status() != null && s.status() != StatementStatus.DRAFT;
    figures.setVisible(fixed);
    figures.setItems(fixed ? s.lines() : java.util.List.of());
    notesForm.edit(new StatementNotesForm(s.notes()));
    notes.setReadOnly(!canWrite || fixed);
    notesForm.setVisible(canWrite || s.notes() != null);
    save.setEnabled(!fixed);
    finalise.setEnabled(s.status() == StatementStatus.DRAFT);
    send.setEnabled(s.status() == StatementStatus.FINAL);
  }

  private static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
