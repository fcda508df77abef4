package br.org.teia.server.council;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.inscription.InscriptionForm;
import br.org.teia.council.inscription.InscriptionKind;
import br.org.teia.council.inscription.InscriptionService;
import br.org.teia.council.inscription.InscriptionStep;
import br.org.teia.council.inscription.InscriptionSummary;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.structure.entity.InscriptionState;
import br.org.teia.structure.entity.SocialEntityService;
import br.org.teia.structure.entity.SocialEntitySummary;
import br.org.teia.testsupport.UiTestBase;
import br.org.teia.testsupport.WithDemoData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The council decides, the structure module shows it on the entity: through the kernel's event only. */
@WithDemoData
class InscriptionStructureIT extends UiTestBase {

  @Autowired SystemWork system;
  @Autowired CompositionService composition;
  @Autowired InscriptionService inscriptions;
  @Autowired SocialEntityService entities;

  @Test
  void the_demo_entity_inscribed_by_the_council_shows_as_inscribed_with_its_date_and_certificate() {
    InscriptionSummary council = system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_MEMBER, () -> inscriptions
        .inscriptions(composition.councilByAcronym("CMAS").orElseThrow().id(), InscriptionStep.COMPLETED, 0, 50)
        .items().stream().filter(i -> i.entityName().startsWith("Lar Recanto")).findFirst().orElseThrow());

    SocialEntitySummary entity = system.in(DemoData.BELO_HORIZONTE, Role.MUNICIPAL_STAFF,
        () -> entities.findByCnpj(DemoData.entityCnpj(DemoData.BELO_HORIZONTE, 3)).orElseThrow());

    assertThat(entity.cmas().state()).isEqualTo(InscriptionState.INSCRIBED);
    assertThat(entity.cmas().date()).isEqualTo(council.inscribedOn());
    assertThat(entity.cmas().certificateCode()).isEqualTo(council.certificateCode());
    assertThat(entity.cmas().number()).isEqualTo(council.number());
  }

  @Test
  void a_request_for_a_registered_entity_shows_in_progress_there_and_a_refusal_in_betim_shows_refused() {
    SocialEntitySummary betimForum = system.in(DemoData.BETIM, Role.MUNICIPAL_STAFF,
        () -> entities.findByCnpj(DemoData.entityCnpj(DemoData.BETIM, 4)).orElseThrow());
    assertThat(betimForum.cmas().state()).isEqualTo(InscriptionState.REFUSED);

    String araponga = DemoData.entityCnpj(DemoData.ARAPONGA, 1);
    system.in(DemoData.ARAPONGA, Role.COUNCIL_SECRETARY, () -> {
      var council = composition.councilByAcronym("CMAS").or(() -> java.util.Optional.of(composition.create(
          br.org.teia.council.composition.CouncilForm.cmas("Conselho Municipal de Assistência Social", "1/2000",
              LocalDate.of(2000, 1, 1), 2, 10, java.util.List.of(
                  new br.org.teia.council.composition.SegmentForm(null,
                      br.org.teia.council.composition.SegmentKind.GOVERNMENT, "Secretaria", 1, 1),
                  new br.org.teia.council.composition.SegmentForm(null,
                      br.org.teia.council.composition.SegmentKind.USERS, "Usuários", 1, 1)))))).orElseThrow();
      return inscriptions.request(council.id(), new InscriptionForm(InscriptionKind.SERVICES, araponga,
          "Associação Arapongense de Convivência", "SCFV (40 vagas)", LocalDate.now()));
    });

    SocialEntitySummary entity = system.in(DemoData.ARAPONGA, Role.MUNICIPAL_STAFF,
        () -> entities.findByCnpj(araponga).orElseThrow());
    assertThat(entity.cmas().state()).isEqualTo(InscriptionState.IN_PROGRESS);
    assertThat(entity.cmas().date()).isEqualTo(LocalDate.now());
  }
}
