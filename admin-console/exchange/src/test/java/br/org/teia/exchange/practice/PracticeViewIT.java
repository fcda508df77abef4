package br.org.teia.exchange.practice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.exchange.ExchangeFixture;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The flow on the screens: a municipality submits a practice, staff ask for changes, the
 * municipality resubmits, staff approve, another municipality's manager finds it and was notified.
 */
class PracticeViewIT extends UiTestBase {

  @Test
  @SuppressWarnings("unchecked")
  void submitted_sent_back_resubmitted_approved_and_found_by_another_municipality() {
    TenantId alpercata = onboarded("3101805");
    TenantId alterosa = onboarded("3102001");
    String otherManager = people().person(Role.MUNICIPAL_MANAGER, alterosa); // told when it is published
    String title = "Acolhida nos CRAS " + UUID.randomUUID().toString().substring(0, 6);

    loginAs(Role.MUNICIPAL_MANAGER, alpercata);
    UI.getCurrent().navigate(PracticesView.class);
    _click(_get(Button.class, spec -> spec.withId("practice-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("practice-title")), title);
    _setValue(_get(Select.class, spec -> spec.withId("practice-theme")), PracticeTheme.BASIC_PROTECTION);
    _setValue(_get(TextArea.class, spec -> spec.withId("practice-problem")), "Filas na recepção");
    _setValue(_get(TextArea.class, spec -> spec.withId("practice-action")), "Agendamento por telefone");
    _setValue(_get(TextArea.class, spec -> spec.withId("practice-results")), "Espera caiu pela metade");
    _setValue(_get(TextField.class, spec -> spec.withId("practice-contact")), "cras@alpercata.mg.gov.br");
    _click(_get(Button.class, spec -> spec.withId("practice-save")));
    Grid<PracticeSummary> ours = _get(Grid.class, spec -> spec.withId("our-practices"));
    assertThat(GridKt._findAll(ours)).extracting(PracticeSummary::title, PracticeSummary::status)
        .contains(org.assertj.core.groups.Tuple.tuple(title, PracticeStatus.SUBMITTED));

    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(PracticeModerationView.class);
    clickRow(_get(Grid.class, spec -> spec.withId("pending-practices")), title);
    _click(_get(Button.class, spec -> spec.withId("moderation-changes")));
    assertThat(_get(TextArea.class, spec -> spec.withId("moderation-note")).isInvalid()).isTrue(); // a note is needed
    _setValue(_get(TextArea.class, spec -> spec.withId("moderation-note")), "Diga quantas famílias.");
    _click(_get(Button.class, spec -> spec.withId("moderation-changes")));

    loginAs(Role.MUNICIPAL_MANAGER, alpercata);
    UI.getCurrent().navigate(PracticesView.class);
    clickRow(_get(Grid.class, spec -> spec.withId("our-practices")), title);
    _setValue(_get(TextArea.class, spec -> spec.withId("practice-results")), "Espera caiu pela metade para 210 famílias");
    _click(_get(Button.class, spec -> spec.withId("practice-save")));

    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(PracticeModerationView.class);
    clickRow(_get(Grid.class, spec -> spec.withId("pending-practices")), title);
    _click(_get(Button.class, spec -> spec.withId("moderation-approve")));

    TeiaAuthentication other = login(otherManager);
    UI.getCurrent().navigate(PracticesView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("practice-search")), "210 famílias");
    List<PracticeSummary> found = GridKt._findAll(_get(Grid.class, spec -> spec.withId("practices")));
    assertThat(found).extracting(PracticeSummary::title).containsExactly(title);
    assertThat(ExchangeFixture.notifications(context.getBean(JdbcClient.class), other.user().accountId(),
        PracticeNotices.PUBLISHED)).isEqualTo(1);
  }

  private static void clickRow(Grid<PracticeSummary> grid, String title) {
    List<PracticeSummary> rows = GridKt._findAll(grid);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).title().equals(title)) {
        GridKt._clickItem(grid, i);
        return;
      }
    }
    throw new AssertionError(title + " not in " + rows);
  }
}
