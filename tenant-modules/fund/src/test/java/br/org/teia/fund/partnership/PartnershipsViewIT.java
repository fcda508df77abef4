package br.org.teia.fund.partnership;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class PartnershipsViewIT extends UiTestBase {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired PartnershipService partnerships;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;

  final LocalDate today = LocalDate.now();

  @Test
  void the_manager_signs_a_term_on_screen_records_a_late_delivery_and_the_council_reads_it() {
    TenantId town = onboarded("3107109"); // Boa Esperança
    as(town, Role.COUNCIL_SECRETARY, () -> transactions.execute(s -> {
      publisher.publishEvent(new EntityInscriptionChanged("11444777000161", "CMAS", InscriptionStatus.INSCRIBED,
          today.minusYears(3), null));
      return null;
    }));
    LocalDate start = today.minusMonths(11).withDayOfMonth(1);
    LocalDate end = today.minusMonths(5).withDayOfMonth(1);

    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(PartnershipsView.class);
    _click(_get(Button.class, spec -> spec.withId("fund-partnership-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("fund-partnership-number")), "TC 9");
    _setValue(_get(Select.class, spec -> spec.withId("fund-partnership-kind")), PartnershipKind.COLLABORATION);
    _setValue(_get(TextField.class, spec -> spec.withId("fund-partnership-cnpj")), "11.444.777/0001-61");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-partnership-entity")), "Casa Lar Girassol");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-partnership-object")), "Acolhimento de 10 crianças");
    _setValue(_get(TextArea.class, spec -> spec.withId("fund-partnership-work-plan")), "Metas e ações");
    _setValue(_get(DatePicker.class, spec -> spec.withId("fund-partnership-starts")), start);
    _setValue(_get(DatePicker.class, spec -> spec.withId("fund-partnership-ends")), end);
    _setValue(_get(BigDecimalField.class, spec -> spec.withId("fund-partnership-total")), new BigDecimal("1000.00"));
    _setValue(_get(IntegerField.class, spec -> spec.withId("fund-partnership-instalments")), 3);
    _click(_get(Button.class, spec -> spec.withId("fund-partnership-save")));

    PartnershipSummary signed = as(town, Role.COUNCIL_MEMBER, () -> partnerships.partnerships()).getFirst();
    assertThat(signed.instalments()).extracting(Instalment::amount)
        .containsExactly(new BigDecimal("333.33"), new BigDecimal("333.33"), new BigDecimal("333.34"));
    @SuppressWarnings("unchecked")
    Grid<PartnershipSummary> grid = _get(Grid.class, spec -> spec.withId("fund-partnerships"));
    assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("TC 9", "Termo de colaboração", "Casa Lar Girassol",
        DATE.format(start) + " a " + DATE.format(end), "1.000,00", "Atrasada"); // the final accounts were due 90 days after the end

    assertThat(grid.getDataProvider().isInMemory()).isFalse(); // fetched a page at a time from the database
    assertThat(grid.getDataProvider().size(new Query<>())).isEqualTo(1);
    assertThat(grid.getDataProvider().fetch(new Query<>(0, 1, java.util.List.of(), null, null))).containsExactly(signed);

    grid.select(signed);
    @SuppressWarnings("unchecked")
    Grid<PartnershipsView.AccountabilityRow> accounts = _get(Grid.class, spec -> spec.withId("fund-partnership-accounts"));
    assertThat(GridKt._getFormattedRow(accounts, 0)).containsExactly("Final (vigência até " + DATE.format(end) + ")",
        DATE.format(end.plusDays(90)), "", "", "", "Entrega atrasada");
    accounts.select(GridKt._get(accounts, 0));
    _setValue(_get(DatePicker.class, spec -> spec.withId("fund-partnership-date")), today.minusDays(1));
    _click(_get(Button.class, spec -> spec.withId("fund-partnership-deliver")));
    assertThat(GridKt._getFormattedRow(accounts, 0)).containsExactly("Final (vigência até " + DATE.format(end) + ")",
        DATE.format(end.plusDays(90)), DATE.format(today.minusDays(1)), DATE.format(today.minusDays(1).plusDays(150)), "",
        "Entrega atrasada"); // delivered after its deadline: still late

    logout();
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(PartnershipsView.class);
    assertThat(_find(Button.class, spec -> spec.withId("fund-partnership-new"))).isEmpty();
    assertThat(_find(Button.class, spec -> spec.withId("fund-partnership-deliver"))).isEmpty();
    @SuppressWarnings("unchecked")
    Grid<PartnershipSummary> read = _get(Grid.class, spec -> spec.withId("fund-partnerships"));
    assertThat(GridKt._getFormattedRow(read, 0).get(0)).isEqualTo("TC 9");
  }
}
