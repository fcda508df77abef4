package br.org.teia.fund.registry;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class FundViewIT extends UiTestBase {

  @Test
  void the_manager_registers_the_fund_and_a_bank_account_of_a_block_and_a_council_member_reads_them_only() {
    TenantId town = onboarded("3137601"); // Lagoa Santa: this test's own municipality
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(FundView.class);

    _setValue(_get(TextField.class, spec -> spec.withId("fund-name")), "Fundo Municipal de Assistência Social");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-cnpj")), "11.222.333/0001-81");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-managing-body")), "Secretaria de Assistência Social");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-ordinator")), "Maria das Dores");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-law-number")), "1.234/1996");
    _click(_get(Button.class, spec -> spec.withId("fund-save")));

    @SuppressWarnings("unchecked")
    Select<String> block = _get(Select.class, spec -> spec.withId("fund-account-block"));
    _setValue(block, "PSE");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-account-bank")), "104");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-account-branch")), "0087");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-account-number")), "71234-0");
    _click(_get(Button.class, spec -> spec.withId("fund-account-add")));

    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(FundView.class);
    assertThat(_get(TextField.class, spec -> spec.withId("fund-cnpj")).getValue()).isEqualTo("11.222.333/0001-81");
    @SuppressWarnings("unchecked")
    Grid<BankAccountSummary> accounts = _get(Grid.class, spec -> spec.withId("fund-accounts"));
    assertThat(GridKt._size(accounts)).isEqualTo(1);
    assertThat(GridKt._get(accounts, 0).blockCode()).isEqualTo("PSE");
    assertThat(_find(Button.class, spec -> spec.withId("fund-save"))).isEmpty(); // only visible ones are found
    assertThat(_find(Button.class, spec -> spec.withId("fund-account-add"))).isEmpty();
  }

  @Test
  void an_invalid_cnpj_is_shown_under_the_field_and_nothing_is_saved() {
    TenantId town = onboarded("3156700");
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(FundView.class);

    _setValue(_get(TextField.class, spec -> spec.withId("fund-cnpj")), "11.222.333/0001-00");
    _click(_get(Button.class, spec -> spec.withId("fund-save")));

    TextField cnpj = _get(TextField.class, spec -> spec.withId("fund-cnpj"));
    assertThat(cnpj.isInvalid()).isTrue();
    assertThat(cnpj.getErrorMessage()).isEqualTo("CNPJ inválido: confira os dígitos.");
  }
}
