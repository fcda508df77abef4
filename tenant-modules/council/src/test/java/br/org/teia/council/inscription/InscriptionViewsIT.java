package br.org.teia.council.inscription;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.commission.CommissionService;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inscription screens on a CMAS of the test's own (Juramento, with the module fixture's inscriptions), as its secretary and as a councillor. */
@CouncilContext
class InscriptionViewsIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aCmasWithItsInscriptions() {
    town = new CouncilFixtures(context).inscriptions(onboarded("3136801"));
  }


  @Autowired CommissionService commissions;
  @Autowired CompositionService composition;

  @Test
  @SuppressWarnings("unchecked")
  void the_list_shows_the_councils_inscriptions_and_filters_by_step() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(InscriptionsView.class);

    Grid<InscriptionSummary> grid = _get(Grid.class, spec -> spec.withId("inscription-grid"));
    assertThat(GridKt._findAll(grid)).extracting(InscriptionSummary::entityName)
        .contains(CouncilFixtures.INSCRIBED, CouncilFixtures.AT_PLENARY, CouncilFixtures.AT_VISIT);
    _setValue(_get(Select.class, spec -> spec.withId("inscriptions-step")), InscriptionStep.COMPLETED);
    assertThat(GridKt._findAll(grid)).isNotEmpty().allMatch(i -> i.step() == InscriptionStep.COMPLETED);
    assertThat(GridKt._findAll(grid)).extracting(InscriptionSummary::entityName)
        .containsExactly(CouncilFixtures.INSCRIBED); // the others are on their way
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_secretary_registers_a_request_and_moves_it_one_step_but_cannot_skip_the_visit_without_a_reason() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(InscriptionsView.class);
    _click(_get(Button.class, spec -> spec.withId("inscription-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("inscription-cnpj")),
        CouncilFixtures.cnpj());
    _setValue(_get(TextField.class, spec -> spec.withId("inscription-entity")), "Associação Teste de Tela");
    _click(_get(Button.class, spec -> spec.withId("inscription-save")));

    assertThat(_get(InscriptionView.class)).isNotNull();
    assertThat(_get(ListItem.class, spec -> spec.withId("inscription-step-1")).getChildren().findFirst().orElseThrow()
        .getElement().getAttribute("aria-current")).isEqualTo("step");
    _setValue(_get(TextArea.class, spec -> spec.withId("step-text")), "Documentos completos.");
    _click(_get(Button.class, spec -> spec.withId("step-analysis-done")));
    assertThat(_get(ListItem.class, spec -> spec.withId("inscription-step-2")).getChildren().findFirst().orElseThrow()
        .getElement().getAttribute("aria-current")).isEqualTo("step");

    NotificationsKt.clearNotifications();
    _click(_get(Button.class, spec -> spec.withId("step-visit-skip")));
    assertThat(NotificationsKt.getNotifications()).extracting(InscriptionViewsIT::text)
        .contains("Para dispensar a visita técnica, escreva a justificativa.");
    assertThat(_get(Span.class, spec -> spec.withId("inscription-status")).getText()).contains("Em andamento");
    assertThat(_get(ListItem.class, spec -> spec.withId("inscription-step-2")).getChildren().findFirst().orElseThrow()
        .getElement().getAttribute("aria-current")).isEqualTo("step");

    // With the reason the visit is waived; the opinion form offers the council's inscription commission.
    _setValue(_get(TextArea.class, spec -> spec.withId("step-text")), "Entidade já visitada no ano passado.");
    _click(_get(Button.class, spec -> spec.withId("step-visit-skip")));
    assertThat(_get(ListItem.class, spec -> spec.withId("inscription-step-3")).getChildren().findFirst().orElseThrow()
        .getElement().getAttribute("aria-current")).isEqualTo("step");
    assertThat(_get(TextField.class, spec -> spec.withId("step-commission")).getValue())
        .isEqualTo(commissions.entityInscriptionCommission(composition.councilByAcronym("CMAS").orElseThrow().id())
            .orElseThrow().name()); // read as the signed-in secretary
    assertThat(_get(TextField.class, spec -> spec.withId("step-signed-by")).getValue()).isNotBlank();
  }

  @Test
  @SuppressWarnings("unchecked")
  void an_inscription_shows_the_way_back_to_the_inscriptions() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(InscriptionsView.class);
    Grid<InscriptionSummary> grid = _get(Grid.class, spec -> spec.withId("inscription-grid"));
    InscriptionSummary inscription = GridKt._get(grid, 0);
    UI.getCurrent().navigate(InscriptionView.class, InscriptionView.parameter(inscription.councilId(), inscription.id()));

    com.vaadin.flow.component.html.Nav trail = _get(com.vaadin.flow.component.html.Nav.class, spec -> spec.withId("breadcrumbs"));
    assertThat(trail.getElement().getAttribute("aria-label")).isEqualTo("Trilha");
    List<ListItem> steps = _find(trail, ListItem.class);
    assertThat(steps).hasSize(3);
    assertThat(steps.get(0).getElement().getTextRecursively()).isEqualTo("Início");
    assertThat(steps.get(1).getElement().getTextRecursively()).isEqualTo("Inscrição de entidades");
    assertThat(_get(steps.get(1), Anchor.class).getHref()).isEqualTo(InscriptionsView.ROUTE);
    assertThat(steps.get(2).getElement().getTextRecursively()).contains(inscription.entityName());
    assertThat(steps.get(2).getElement().getAttribute("aria-current")).isEqualTo("page");
  }

  @Test
  @SuppressWarnings("unchecked")
  void uploads_are_checked_and_listed_with_their_hash() {
    loginAs(Role.COUNCIL_SECRETARY, town);
    UI.getCurrent().navigate(InscriptionsView.class);
    _setValue(_get(Select.class, spec -> spec.withId("inscriptions-step")), InscriptionStep.TECHNICAL_VISIT);
    Grid<InscriptionSummary> grid = _get(Grid.class, spec -> spec.withId("inscription-grid"));
    InscriptionSummary visit = GridKt._get(grid, 0);
    UI.getCurrent().navigate(InscriptionView.class, InscriptionView.parameter(visit.councilId(), visit.id()));
    InscriptionView view = _get(InscriptionView.class);

    NotificationsKt.clearNotifications();
    view.attach("foto.pdf", "GIF89a não é PDF".getBytes(StandardCharsets.UTF_8));
    assertThat(NotificationsKt.getNotifications()).extracting(InscriptionViewsIT::text)
        .contains("Tipo de arquivo não aceito: envie um PDF, PNG ou JPEG.");
    view.attach("relatorio-visita.pdf", "%PDF-1.4\nrelatório".getBytes(StandardCharsets.ISO_8859_1));

    Grid<DocumentSummary> documents = _get(Grid.class, spec -> spec.withId("inscription-documents"));
    assertThat(GridKt._findAll(documents)).extracting(DocumentSummary::fileName).contains("relatorio-visita.pdf");
    assertThat(GridKt._findAll(documents)).allMatch(d -> d.sha256().length() == 64);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_councillor_reads_the_inscribed_entity_with_its_pdfs_but_no_form() {
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(InscriptionsView.class);
    assertThat(_find(Button.class, spec -> spec.withId("inscription-new"))).isEmpty();
    _setValue(_get(Select.class, spec -> spec.withId("inscriptions-step")), InscriptionStep.COMPLETED);
    Grid<InscriptionSummary> grid = _get(Grid.class, spec -> spec.withId("inscription-grid"));
    InscriptionSummary done = GridKt._findAll(grid).stream()
        .filter(i -> i.entityName().equals(CouncilFixtures.INSCRIBED)).findFirst().orElseThrow();
    UI.getCurrent().navigate(InscriptionView.class, InscriptionView.parameter(done.councilId(), done.id()));

    assertThat(_get(Span.class, spec -> spec.withId("inscription-status")).getText()).contains("Inscrita")
        .contains("Nº da inscrição " + done.number()).contains(done.certificateCode());
    assertThat(_find(Anchor.class, spec -> spec.withId("inscription-certificate-pdf"))).hasSize(1);
    assertThat(_find(Anchor.class, spec -> spec.withId("inscription-letter-pdf"))).hasSize(1);
    assertThat(_find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
        spec -> spec.withId("inscription-form"))).isEmpty();
    assertThat(List.of(1, 2, 3, 4, 5, 6, 7)).allSatisfy(step -> assertThat(_get(ListItem.class,
        spec -> spec.withId("inscription-step-" + step)).getChildren().findFirst().orElseThrow().getElement()
        .getThemeList()).contains("success"));
  }

  private static String text(com.vaadin.flow.component.notification.Notification notification) {
    String text = notification.getElement().getProperty("text");
    return text != null ? text : notification.getElement().getTextRecursively();
  }
}
