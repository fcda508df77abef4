package br.org.teia.fund.partnership;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.fund.ledger.ExpenseForm;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class PartnershipServiceIT extends UiTestBase {

  static final String LAR = "11222333000181";
  static final String CASA = "11444777000161";

  @Autowired PartnershipService partnerships;
  @Autowired LedgerService ledger;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired Messages messages;

  final LocalDate today = LocalDate.now();

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  /** The council publishes an entity's inscription status (council.api), as the council module does. */
  private void council(TenantId town, String cnpj, String councilAcronym, InscriptionStatus status) {
    as(town, Role.COUNCIL_SECRETARY, () -> transactions.execute(s -> {
      publisher.publishEvent(new EntityInscriptionChanged(cnpj, councilAcronym, status, today.minusDays(30), null));
      return null;
    }));
  }

  private PartnershipForm collaboration(String number, String cnpj, LocalDate start, LocalDate end, String total,
      List<Instalment> instalments) {
    return new PartnershipForm(number, PartnershipKind.COLLABORATION, cnpj, "Lar Recanto da Esperança",
        "Acolhimento institucional de 20 pessoas idosas", "Metas: 20 vagas; ações: cuidado diário, convivência.",
        start, end, r(total), instalments);
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
  void only_an_entity_the_cmas_inscribed_signs_and_the_money_must_add_up() {
    TenantId town = onboarded("3105905"); // Barroso
    LocalDate start = today.withDayOfYear(1);
    LocalDate end = start.plusMonths(11).withDayOfMonth(28);
    List<Instalment> two = List.of(new Instalment(start.plusMonths(1), r("6000.00")), new Instalment(start.plusMonths(6), r("6000.00")));

    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER,
        () -> partnerships.sign(collaboration("TC 1/" + start.getYear(), LAR, start, end, "12000.00", two)))))
        .isEqualTo("A entidade não está inscrita no CMAS: parcerias só com entidades inscritas.");
    council(town, LAR, "CMDCA", InscriptionStatus.INSCRIBED); // another council's inscription does not count
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER,
        () -> partnerships.sign(collaboration("TC 1/" + start.getYear(), LAR, start, end, "12000.00", two)))))
        .isEqualTo("A entidade não está inscrita no CMAS: parcerias só com entidades inscritas.");
    council(town, LAR, "CMAS", InscriptionStatus.INSCRIBED);

    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER,
        () -> partnerships.sign(collaboration("TC 1/" + start.getYear(), LAR, start, end, "12000.01", two)))))
        .isEqualTo("As parcelas somam R$ 12.000,00, mas o valor total é R$ 12.000,01.");
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.sign(new PartnershipForm("AC 1",
        PartnershipKind.COOPERATION, LAR, "Lar", "Cessão de espaço", "Plano", start, end, r("10.00"), List.of())))))
        .isEqualTo("Acordo de cooperação não envolve transferência de recursos: valor zero e sem parcelas.");
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.sign(new PartnershipForm(null, null,
        null, null, null, null, null, null, null, null)))))
        .isEqualTo("Informe o número do termo (até 30 caracteres).");

    PartnershipSummary signed = as(town, Role.MUNICIPAL_MANAGER,
        () -> partnerships.sign(collaboration("TC 1/" + start.getYear(), LAR, start, end, "12000.00", two)));
    assertThat(signed.accountabilities()).singleElement().satisfies(a -> {
      assertThat(a.finalReport()).isTrue();
      assertThat(a.dueOn()).isEqualTo(end.plusDays(90));
    });
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER,
        () -> partnerships.sign(collaboration("TC 1/" + start.getYear(), LAR, start, end, "12000.00", two)))))
        .isEqualTo("Já existe uma parceria com o número TC 1/" + start.getYear() + ".");

    // Once the CMAS cancels the inscription, no new partnership is signed with it.
    council(town, LAR, "CMAS", InscriptionStatus.CANCELLED);
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER,
        () -> partnerships.sign(collaboration("TC 2/" + start.getYear(), LAR, start, end, "12000.00", two)))))
        .isEqualTo("A entidade não está inscrita no CMAS: parcerias só com entidades inscritas.");
  }

  @Test
  void a_transfer_to_an_entity_is_refused_without_a_term_in_force_with_it() {
    TenantId town = onboarded("3106408"); // Belo Vale
    int year = today.getYear() - 1;
    LocalDate start = LocalDate.of(year, 2, 1);
    LocalDate end = LocalDate.of(year, 10, 31);
    ExpenseForm subvencao = new ExpenseForm(year, "NE-50", "PSE", "3.3.50.43", "Lar Recanto da Esperança", null, null,
        LocalDate.of(year, 3, 1), r("1000.00"));
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(subvencao))))
        .isEqualTo("Não há termo de colaboração ou de fomento vigente com Lar Recanto da Esperança nesta data: "
            + "transferências a entidades exigem uma parceria (Lei 13.019/2014).");

    council(town, CASA, "CMAS", InscriptionStatus.INSCRIBED);
    as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.sign(collaboration("TF 3/" + year, CASA, start, end, "1000.00",
        List.of(new Instalment(LocalDate.of(year, 3, 1), r("1000.00"))))));
    // Outside the term it is still refused; within it, it goes through.
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(new ExpenseForm(year, "NE-51", "PSE",
        "3.3.50.43", "Lar Recanto da Esperança", null, null, LocalDate.of(year, 11, 1), r("10.00"))))))
        .startsWith("Não há termo de colaboração ou de fomento vigente");
    assertThat(as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(subvencao)).commitmentNumber()).isEqualTo("NE-50");
    // Other natures need no partnership.
    assertThat(as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(new ExpenseForm(year, "NE-52", "PSB", "3.3.90.30",
        "Papelaria", null, null, LocalDate.of(year, 3, 1), r("10.00")))).commitmentNumber()).isEqualTo("NE-52");
  }

  @Test
  void accountabilities_are_due_yearly_and_at_the_end_late_ones_are_flagged_and_the_review_has_150_days() {
    TenantId town = onboarded("3106507"); // Berilo
    council(town, LAR, "CMAS", InscriptionStatus.INSCRIBED);
    LocalDate start = today.minusYears(2).minusMonths(6);
    LocalDate end = today.minusMonths(5); // ended: its final accountability was due 90 days after
    PartnershipSummary p = as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.sign(collaboration("TC 7", LAR, start,
        end, "300.00", List.of(new Instalment(start, r("100.00")), new Instalment(start.plusYears(1), r("100.00")),
            new Instalment(start.plusYears(2), r("100.00"))))));
    assertThat(p.accountabilities()).extracting(Accountability::periodEnd)
        .containsExactly(start.plusYears(1).minusDays(1), start.plusYears(2).minusDays(1), end);
    assertThat(p.overdue()).isTrue();

    LocalDate firstDelivered = start.plusYears(1).plusDays(20);
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      partnerships.deliver(p.id(), 0, firstDelivered);
      partnerships.review(p.id(), 0, firstDelivered.plusDays(150));
      partnerships.deliver(p.id(), 1, start.plusYears(2).plusDays(89));
      partnerships.review(p.id(), 1, start.plusYears(2).plusDays(100));
      return null;
    });
    PartnershipSummary read = as(town, Role.COUNCIL_MEMBER, () -> partnerships.partnership(p.id()));
    assertThat(read.deliveryLate(read.accountabilities().get(0))).isFalse();
    assertThat(read.reviewLate(read.accountabilities().get(0))).isFalse();
    assertThat(read.deliveryLate(read.accountabilities().get(2))).isTrue(); // the final one, never delivered
    assertThat(read.overdue()).isTrue();

    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.extend(p.id(), 0))))
        .isEqualTo("A prorrogação de 30 dias é concedida uma vez, antes da entrega.");
    as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.extend(p.id(), 2));
    as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.deliver(p.id(), 2, today));
    PartnershipSummary delivered = as(town, Role.COUNCIL_MEMBER, () -> partnerships.partnership(p.id()));
    assertThat(delivered.accountabilities().get(2).dueOn()).isEqualTo(end.plusDays(120));
    assertThat(delivered.accountabilities().get(2).reviewDueOn()).isEqualTo(today.plusDays(150));
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.deliver(p.id(), 2, today))))
        .isEqualTo("Esta prestação de contas já foi entregue.");
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.review(p.id(), 2, today.plusDays(1)))))
        .isEqualTo("A data não pode estar no futuro.");
  }

  @Test
  void council_members_read_only_and_another_towns_ids_are_not_found() {
    TenantId town = onboarded("3106606"); // Bertópolis
    TenantId other = onboarded("3106655"); // Berizal
    council(town, LAR, "CMAS", InscriptionStatus.INSCRIBED);
    LocalDate start = today.withDayOfYear(1);
    PartnershipSummary p = as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.sign(new PartnershipForm("AC 2",
        PartnershipKind.COOPERATION, LAR, "Lar", "Cessão de espaço para oficinas", "Plano de trabalho", start,
        start.plusMonths(6), r("0"), List.of())));
    assertThat(as(town, Role.COUNCIL_MEMBER, () -> partnerships.partnerships())).extracting(PartnershipSummary::number)
        .containsExactly("AC 2");
    for (Role reader : List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.MUNICIPAL_STAFF)) {
      assertThatThrownBy(() -> as(town, reader, () -> partnerships.deliver(p.id(), 0, today)))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> partnerships.partnerships()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(other, Role.MUNICIPAL_MANAGER, () -> partnerships.partnership(p.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(other, Role.MUNICIPAL_MANAGER, () -> partnerships.deliver(p.id(), 0, today)))
        .isInstanceOf(NotFoundException.class);
  }
}
