package br.org.teia.fund.statement;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.api.CouncilAppreciationConcluded;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.EntryForm;
import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.ExpenseForm;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.ReprogramForm;
import br.org.teia.fund.ledger.RevenueForm;
import br.org.teia.fund.reports.ReportService;
import br.org.teia.fund.reports.ReportsView;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class StatementIT extends UiTestBase {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired LedgerService ledger;
  @Autowired ReportService reports;
  @Autowired StatementService statements;
  @Autowired ProposalService proposals;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired Messages messages;

  final LocalDate today = LocalDate.now();
  /** A closed year whose deadlines (30/04 and 31/05 of the next year) have surely passed. */
  final int year = today.getYear() - 2;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  private TenantId townWithAYear(String code) {
    TenantId town = onboarded(code);
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.reprogram(new ReprogramForm(year, "PSB", r("1000.00")));
      ledger.receive(new RevenueForm(year, 3, "PSB", "FNAS", r("3000.00"), "FNAS 03"));
      ledger.receive(new RevenueForm(year, 5, "PSE", "FNAS", r("2000.00"), "FNAS 05"));
      var expense = ledger.commit(new ExpenseForm(year, "NE-1", "PSB", "3.3.90.30", "Papelaria Central", null, null,
          LocalDate.of(year, 4, 1), r("2500.00")));
      ledger.record(expense.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 4, 10), r("2000.00"), "NL-1"));
      ledger.record(expense.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 4, 20), r("1999.99"), "OP-1"));
      return null;
    });
    return town;
  }

  private String refusal(Runnable action) {
    try {
      action.run();
    } catch (TeiaException e) {
      return messages.get(I18nConfiguration.PT_BR, e.messageKey(), e.arguments());
    }
    throw new AssertionError("not refused");
  }

  @Test
  void the_finalised_demonstrativo_keeps_the_ledgers_figures_of_that_day_and_refuses_any_change() {
    TenantId town = townWithAYear("3105608"); // Barbacena
    List<BlockBalance> ledgerThen = as(town, Role.MUNICIPAL_MANAGER, () -> ledger.blockBalances(year));
    StatementSummary finalised = as(town, Role.MUNICIPAL_MANAGER, () -> {
      statements.prepare(year, "Execução regular; saldo do PSE reprogramado.");
      return statements.finalise(year);
    });
    assertThat(finalised.status()).isEqualTo(StatementStatus.FINAL);
    assertThat(finalised.finalisedOn()).isEqualTo(today);
    assertThat(finalised.lines()).extracting(StatementLine::blockCode, StatementLine::opening, StatementLine::received,
            StatementLine::committed, StatementLine::liquidated, StatementLine::paid, StatementLine::closing)
        .containsExactlyElementsOf(ledgerThen.stream().map(b -> org.assertj.core.groups.Tuple.tuple(b.blockCode(),
            b.reprogrammed(), b.received(), b.committed(), b.liquidated(), b.paid(), b.available())).toList());

    // A late revenue moves the ledger and the annual report, not the finalised demonstrativo.
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.receive(new RevenueForm(year, 12, "PSB", "FNAS", r("500.00"), "FNAS 12"));
      return null;
    });
    StatementSummary read = as(town, Role.COUNCIL_MEMBER, () -> statements.statement(year));
    assertThat(read.lines()).isEqualTo(finalised.lines());
    assertThat(as(town, Role.COUNCIL_MEMBER, () -> reports.annual(year)).total().received()).isEqualByComparingTo("5500.00");
    assertThat(read.lines().stream().map(StatementLine::received).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("5000.00");

    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> statements.prepare(year, "Outro texto"))))
        .isEqualTo("O demonstrativo de " + year + " já foi finalizado e não muda mais.");
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> statements.finalise(year))))
        .isEqualTo("O demonstrativo de " + year + " já foi finalizado e não muda mais.");
    assertThat(as(town, Role.COUNCIL_MEMBER, () -> statements.statement(year)).notes())
        .isEqualTo("Execução regular; saldo do PSE reprogramado.");
  }

  @Test
  void sending_records_a_proposal_on_the_councils_side_once_and_the_steps_go_in_order() {
    TenantId town = townWithAYear("3100500"); // Açucena
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> statements.finalise(year))))
        .isEqualTo("Prepare o demonstrativo de " + year + " (salve as observações) antes de finalizá-lo ou enviá-lo.");
    as(town, Role.MUNICIPAL_MANAGER, () -> statements.prepare(year, null));
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> statements.send(year))))
        .isEqualTo("Finalize o demonstrativo de " + year + " antes de enviá-lo ao conselho.");
    as(town, Role.MUNICIPAL_MANAGER, () -> statements.prepare(today.getYear(), "Em andamento"));
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> statements.finalise(today.getYear()))))
        .isEqualTo("O exercício de " + today.getYear() + " ainda não terminou: o demonstrativo é finalizado depois "
            + "de 31 de dezembro.");
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> statements.prepare(year, "x".repeat(4001)))))
        .isEqualTo("As observações têm no máximo 4000 caracteres.");

    StatementSummary sent = as(town, Role.MUNICIPAL_MANAGER, () -> {
      statements.finalise(year);
      return statements.send(year);
    });
    assertThat(sent.status()).isEqualTo(StatementStatus.SENT);
    assertThat(sent.council()).isEqualTo("CMAS");
    assertThat(sent.sentOn()).isEqualTo(today);
    assertThat(sent.sendingLate()).isTrue(); // the deadline of 30/04 of the next year has passed
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> statements.send(year))))
        .isEqualTo("O demonstrativo de " + year + " já foi enviado ao CMAS.");

    ProposalSummary proposal = as(town, Role.COUNCIL_SECRETARY,
        () -> proposals.bySource("CMAS", "fund", "demonstrativo-" + year)).orElseThrow();
    assertThat(proposal.title()).isEqualTo("Demonstrativo anual de execução físico-financeira do FMAS – exercício de "
        + year);
    assertThat(proposal.summary()).isEqualTo("Recebido no exercício: R$ 5.000,00; pago: R$ 1.999,99");
    assertThat(proposal.pending()).isTrue();
  }

  @Test
  void council_members_read_only_the_association_nothing_and_each_town_sees_its_own() {
    TenantId town = townWithAYear("3102852"); // Angelândia
    TenantId other = onboarded("3109253"); // Bugre
    as(town, Role.MUNICIPAL_MANAGER, () -> statements.prepare(year, "Notas"));
    for (Role reader : List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.MUNICIPAL_STAFF)) {
      assertThat(as(town, reader, () -> statements.statement(year)).status()).isEqualTo(StatementStatus.DRAFT);
      assertThatThrownBy(() -> as(town, reader, () -> statements.prepare(year, "Outra"))).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(town, reader, () -> statements.finalise(year))).isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(town, reader, () -> statements.send(year))).isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> statements.statement(year)))
        .isInstanceOf(AccessDeniedException.class);
    // Another municipality's demonstrativo of the same year is its own (not prepared there).
    assertThat(as(other, Role.MUNICIPAL_MANAGER, () -> statements.statement(year)).status()).isNull();
    // No deadline recorded for a far year: none shown, nothing late.
    StatementSummary far = as(town, Role.COUNCIL_MEMBER, () -> statements.statement(2090));
    assertThat(far.sendBy()).isNull();
    assertThat(far.sendingLate()).isFalse();
  }

  @Test
  void the_manager_sends_it_from_the_report_screen_and_the_councils_opinion_comes_back_there() {
    TenantId town = townWithAYear("3112802"); // Capitólio
    int shown = year;
    // The manager, on the report screen.
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(ReportsView.class);
    _setValue(_get(Select.class, spec -> spec.withId("fund-report-year")), shown);
    assertThat(text("fund-statement-status")).startsWith("Ainda não preparado");
    assertThat(text("fund-statement-deadlines")).isEqualTo("Prazo do gestor para enviar ao conselho: 30/04/"
        + (shown + 1) + ". Prazo do parecer do conselho: 31/05/" + (shown + 1) + ".");
    assertThat(text("fund-statement-late")).isEqualTo("Envio ao conselho atrasado. Parecer do conselho atrasado.");
    _setValue(_get(TextArea.class, spec -> spec.withId("fund-statement-notes")), "Execução de acordo com o plano.");
    _click(_get(Button.class, spec -> spec.withId("fund-statement-save")));
    _click(_get(Button.class, spec -> spec.withId("fund-statement-finalise")));
    assertThat(text("fund-statement-status")).isEqualTo("Finalizado em " + DATE.format(today)
        + ": seus valores não mudam mais. Aguarda o envio ao conselho.");
    assertThat(GridKt._size(_get(com.vaadin.flow.component.grid.Grid.class,
        spec -> spec.withId("fund-statement-figures"))))
        .isEqualTo(as(town, Role.MUNICIPAL_MANAGER, () -> ledger.blockBalances(shown)).size());
    _click(_get(Button.class, spec -> spec.withId("fund-statement-send")));
    assertThat(text("fund-statement-status")).isEqualTo("Finalizado em " + DATE.format(today) + " e enviado ao CMAS em "
        + DATE.format(today) + " para parecer.");
    assertThat(_get(Button.class, spec -> spec.withId("fund-statement-send")).isEnabled()).isFalse();

    // The council publishes the resolution of its vote (council.api), in the municipality's scope.
    LocalDate meeting = today.minusDays(1);
    as(town, Role.COUNCIL_SECRETARY, () -> transactions.execute(status -> {
      publisher.publishEvent(new CouncilAppreciationConcluded("CMAS", "fund", "demonstrativo-" + shown, true, 9, 2, 1,
          meeting, "7/" + today.getYear(), "Parecer sobre o demonstrativo " + shown,
          "O CMAS aprova o demonstrativo com ressalva sobre o saldo do PSE.", today));
      publisher.publishEvent(new CouncilAppreciationConcluded("CMAS", "structure", "demonstrativo-" + shown, false,
          0, 9, 0, meeting, "8/" + today.getYear(), "Outro assunto", "Não é do fundo.", today));
      return null;
    }));

    // A council member reads it on the same screen.
    logout();
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ReportsView.class);
    _setValue(_get(Select.class, spec -> spec.withId("fund-report-year")), shown);
    assertThat(text("fund-statement-opinion")).isEqualTo("Parecer do CMAS: aprovado (9 a favor, 2 contra, 1 abstenções) "
        + "na reunião de " + DATE.format(meeting) + " – Resolução nº 7/" + today.getYear() + ", publicada em "
        + DATE.format(today) + ".");
    assertThat(text("fund-statement-opinion-text")).isEqualTo("O CMAS aprova o demonstrativo com ressalva sobre o saldo do PSE.");
    assertThat(text("fund-statement-status")).startsWith("Finalizado em " + DATE.format(today) + ", enviado ao CMAS");
    assertThat(text("fund-statement-late")).isEqualTo("Envio ao conselho atrasado. Parecer do conselho atrasado.");
    assertThat(_get(TextArea.class, spec -> spec.withId("fund-statement-notes")).getValue())
        .isEqualTo("Execução de acordo com o plano.");
    assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
        spec -> spec.withId("fund-statement-save"))).isEmpty(); // a council member writes nothing here
  }

  @Test
  void the_notes_form_refuses_too_long_notes_under_the_field_in_portuguese_before_the_service_is_called() {
    TenantId town = townWithAYear("3145604"); // Oliveira
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(ReportsView.class);
    _setValue(_get(Select.class, spec -> spec.withId("fund-report-year")), year);
    TextArea notes = _get(TextArea.class, spec -> spec.withId("fund-statement-notes"));

    _setValue(notes, "x".repeat(4001));
    _click(_get(Button.class, spec -> spec.withId("fund-statement-save")));
    assertThat(notes.isInvalid()).isTrue();
    assertThat(notes.getErrorMessage()).isEqualTo("As observações têm no máximo 4000 caracteres.");
    assertThat(as(town, Role.MUNICIPAL_MANAGER, () -> statements.statement(year)).status()).isNull(); // nothing saved

    _setValue(notes, "x".repeat(4000));
    _click(_get(Button.class, spec -> spec.withId("fund-statement-save")));
    assertThat(notes.isInvalid()).isFalse();
    assertThat(as(town, Role.MUNICIPAL_MANAGER, () -> statements.statement(year)).notes()).hasSize(4000);
    assertThat(text("fund-statement-status")).doesNotStartWith("Ainda não preparado");
  }

  private static String text(String id) {
    return _get(Paragraph.class, spec -> spec.withId(id)).getText();
  }
}
