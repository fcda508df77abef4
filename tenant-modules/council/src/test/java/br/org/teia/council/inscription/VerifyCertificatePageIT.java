package br.org.teia.council.inscription;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public page that checks an inscription certificate, with nobody signed in, on a CMAS of the
 * test's own (Nova União, with the module fixture's inscriptions) and a municipality without them (Juatuba).
 */
@CouncilContext
class VerifyCertificatePageIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aCmasThatInscribedAnEntity() {
    town = new CouncilFixtures(context).inscriptions(onboarded("3136603"));
    onboarded("3136652");
  }


  @Autowired SystemWork system;
  @Autowired CompositionService composition;
  @Autowired InscriptionService inscriptions;

  private InscriptionSummary inscribed() {
    return system.in(town, Role.COUNCIL_MEMBER, () -> {
      var cmas = composition.councilByAcronym("CMAS").orElseThrow();
      return inscriptions.inscriptions(cmas.id(), InscriptionStep.COMPLETED, 0, 50).items().stream()
          .filter(i -> i.certificateCode() != null).findFirst().orElseThrow();
    });
  }

  @Test
  void a_valid_code_shows_the_council_entity_and_number_and_nothing_personal() {
    InscriptionSummary inscription = inscribed();
    logout();
    UI.getCurrent().navigate("verificar/3136603");

    _setValue(_get(TextField.class, spec -> spec.withId("verify-code")), inscription.certificateCode().toLowerCase());
    _click(_get(Button.class, spec -> spec.withId("verify-check")));

    assertThat(_get(H2.class, spec -> spec.withId("verify-valid")).getText()).isEqualTo("Comprovante válido");
    String shown = _get(Div.class, spec -> spec.withId("verify-result")).getElement().getTextRecursively();
    assertThat(shown).contains("CMAS").contains(inscription.entityName()).contains(inscription.formattedCnpj())
        .contains("Inscrição nº " + inscription.number()).contains("Situação: Inscrita");
    // no person: neither who recorded the steps, nor the commission's signatories, nor the entity's contact
    assertThat(shown).doesNotContain("Sistema Teia").doesNotContain("relatoras").doesNotContain("Marta")
        .doesNotContain("***.").doesNotContain("@");
  }

  @Test
  void a_wrong_code_and_an_unknown_municipality_say_so() {
    logout();
    UI.getCurrent().navigate("verificar/3136603");
    _setValue(_get(TextField.class, spec -> spec.withId("verify-code")), "AAAA-BBBB-CCCC");
    _click(_get(Button.class, spec -> spec.withId("verify-check")));
    assertThat(_find(H2.class, spec -> spec.withId("verify-valid"))).isEmpty();
    assertThat(_get(Paragraph.class, spec -> spec.withId("verify-invalid")).getText())
        .startsWith("Nenhum comprovante com este código em Nova União");

    // a real code of Nova União is not valid in Juatuba
    String code = inscribed().certificateCode();
    logout();
    UI.getCurrent().navigate("verificar/3136652");
    _setValue(_get(TextField.class, spec -> spec.withId("verify-code")), code);
    _click(_get(Button.class, spec -> spec.withId("verify-check")));
    assertThat(_find(H2.class, spec -> spec.withId("verify-valid"))).isEmpty();

    UI.getCurrent().navigate("verificar/9999999");
    assertThat(_find(H1.class, spec -> spec.withId("verify-not-found"))).hasSize(1);
  }
}
