package br.org.teia.console.onboarding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.member.MembersView;
import br.org.teia.kernel.security.Role;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import br.org.teia.kernel.ui.DrawerMenu;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Onboarding from the console: bad lists refused whole, progress read back from the database in a new UI. */
class ConsoleOnboardingViewIT extends UiTestBase {

  /** The municipalities the test speaks of, onboarded by the test itself (Belo Horizonte, Betim, three small towns). */
  @BeforeEach
  void municipalities() {
    for (String code : List.of("3106200", "3106705", "3166600", "3115607", "3103702")) {
      onboarded(code);
    }
  }

  @Autowired JdbcClient jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void a_list_with_bad_codes_is_refused_whole_each_one_explained_and_no_job_is_created() {
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(OnboardingView.class);
    long jobsBefore = jobs();

    _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("onboarding-mode")), OnboardingView.Mode.LIST);
    _setValue(_get(TextArea.class, spec -> spec.withId("onboarding-codes")), "3143302, 31471\n3106705");
    _click(_get(Button.class, spec -> spec.withId("onboarding-start")));

    VerticalLayout errors = _get(VerticalLayout.class, spec -> spec.withId("onboarding-errors"));
    assertThat(_find(errors, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
        "Nada foi gravado: 2 linhas têm problemas. Corrija e tente de novo.",
        "Linha 2: Código IBGE inválido: \"31471\". Informe os 7 dígitos do código do município.",
        "Linha 3: Betim (3106705) já está implantado no Teia.");
    assertThat(jobs()).isEqualTo(jobsBefore);
  }

  @Test
  void an_unknown_single_code_is_shown_under_the_field() {
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(OnboardingView.class);

    _setValue(_get(TextField.class, spec -> spec.withId("onboarding-code")), "3199999");
    _click(_get(Button.class, spec -> spec.withId("onboarding-start")));

    TextField code = _get(TextField.class, spec -> spec.withId("onboarding-code"));
    assertThat(code.isInvalid()).isTrue();
    assertThat(code.getErrorMessage()).isEqualTo("O código IBGE 3199999 não corresponde a nenhum município da lista oficial.");
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_progress_of_a_job_survives_a_page_reload() throws Exception {
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(OnboardingView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("onboarding-code")), "3101706"); // Almenara (no other test onboards it)
    _click(_get(Button.class, spec -> spec.withId("onboarding-start")));
    String job = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
        .getSingleParameter(OnboardingView.JOB_PARAMETER).orElseThrow();
    assertThat(_get(H3.class, spec -> spec.withId("onboarding-job-title")).getText()).isEqualTo("Almenara (MG)");

    // A reload: the session's UI is gone; a new UI finds the job in the database by its address.
    MockVaadin.tearDown();
    setUpVaadin();
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(OnboardingView.class, QueryParameters.of(OnboardingView.JOB_PARAMETER, job));
    assertThat(_get(H3.class, spec -> spec.withId("onboarding-job-title")).getText()).isEqualTo("Almenara (MG)");
    awaitFinishedThroughPolling();

    ProgressBar progress = _get(ProgressBar.class, spec -> spec.withId("onboarding-progress"));
    assertThat(progress.getValue()).isEqualTo(1.0);
    assertThat(progress.getElement().getAttribute("aria-labelledby")).as("a screen reader names the bar by its job")
        .isEqualTo("onboarding-job-title");
    assertThat(_get(Span.class, spec -> spec.withId("onboarding-job-status")).getText())
        .isEqualTo("Concluída: 1 de 1 concluído, 0 com falha");
    Grid<OnboardingJobItem> items = _get(Grid.class, spec -> spec.withId("onboarding-items"));
    assertThat(GridKt._get(items, 0).name()).isEqualTo("Almenara");
    assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1); // nothing left to follow
  }

  /** Onboarding is the admin's (docs/roles.md): no "Implantação" in the staff's menu, and the page not found. */
  @Test
  void association_staff_have_no_onboarding_menu_and_the_page_is_not_found() {
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(MembersView.class);
    assertThat(_get(DrawerMenu.class).labels())
        .contains("Municípios membros", "Regiões e grupos", "Comparação de indicadores").doesNotContain("Implantação");

    UI.getCurrent().navigate(OnboardingView.class);

    assertThat(_find(OnboardingView.class)).isEmpty();
    assertThat(_get(H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Página não encontrada");
  }

  /** What the browser's poll does: the view reads the job again, until it ends. */
  private void awaitFinishedThroughPolling() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    UI ui = UI.getCurrent();
    while (ui.getPollInterval() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }
  }

  private long jobs() {
    return jdbc.sql("SELECT count(*) FROM platform.onboarding_job").query(Long.class).single();
  }
}
