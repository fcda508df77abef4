package br.org.teia.structure.entity;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.unit.ProtectionLevel;
import br.org.teia.testsupport.TeiaTestApplication;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The aggregate-only figures the association's indicators will read, on a municipality of their own. */
@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class EntityFiguresIT {

  static final TenantId SAO_JOAO_DEL_REI = TenantId.of("3162500");

  @Autowired SocialEntityService entities;
  @Autowired TenantOnboarding onboarding;
  @Autowired SystemWork system;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void figures_count_entities_by_action_the_cmas_inscribed_and_capacity_by_protection_level() {
    onboarding.onboard(List.of(SAO_JOAO_DEL_REI.ibgeCode()));
    EntityFigures empty = system.in(SAO_JOAO_DEL_REI, Role.ASSOCIATION_STAFF, () -> entities.figures());
    assertThat(empty.entities()).isZero();
    assertThat(empty.byActionType()).containsOnlyKeys(ActionType.values()).allSatisfy((k, v) -> assertThat(v).isZero());
    assertThat(empty.capacityByLevel()).containsOnlyKeys(ProtectionLevel.values());

    String inscribed = Demo.cnpj();
    String refused = Demo.cnpj();
    String notRegistered = Demo.cnpj();
    as(SAO_JOAO_DEL_REI, Role.MUNICIPAL_STAFF, () -> {
      entities.create(new SocialEntityForm(inscribed, "A", null, Set.of(ActionType.ATENDIMENTO,
          ActionType.DEFESA_GARANTIA_DIREITOS), List.of(new ServiceOffer("SCFV", 100),
          new ServiceOffer("ACOLHIMENTO_INSTITUCIONAL", 20)), null, null, null, null, null, null));
      entities.create(new SocialEntityForm(refused, "B", null, Set.of(ActionType.ATENDIMENTO),
          List.of(new ServiceOffer("SCFV", 50), new ServiceOffer("PSE_PCD_IDOSOS", 30)), null, null, null, null, null,
          null));
      entities.create(new SocialEntityForm(Demo.cnpj(), "C", null, Set.of(ActionType.ASSESSORAMENTO), List.of(),
          null, null, null, null, null, null));
      return null;
    });
    system.in(SAO_JOAO_DEL_REI, Role.COUNCIL_SECRETARY, () -> new TransactionTemplate(transactions).execute(s -> {
      events.publishEvent(new EntityInscriptionChanged(inscribed, "CMAS", InscriptionStatus.INSCRIBED,
          LocalDate.of(2026, 1, 1), "X"));
      events.publishEvent(new EntityInscriptionChanged(refused, "CMAS", InscriptionStatus.REFUSED,
          LocalDate.of(2026, 1, 1), null));
      events.publishEvent(new EntityInscriptionChanged(notRegistered, "CMAS", InscriptionStatus.INSCRIBED,
          LocalDate.of(2026, 1, 1), "Y"));
      events.publishEvent(new EntityInscriptionChanged(refused, "CMDCA", InscriptionStatus.INSCRIBED,
          LocalDate.of(2026, 1, 1), "Z"));
      return null;
    }));

    // Association staff act with no municipal role: the figures are open to them, the rows are not.
    EntityFigures figures = system.in(SAO_JOAO_DEL_REI, Role.ASSOCIATION_STAFF, () -> entities.figures());

    assertThat(figures.entities()).isEqualTo(3);
    assertThat(figures.byActionType()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        ActionType.ATENDIMENTO, 2L, ActionType.ASSESSORAMENTO, 1L, ActionType.DEFESA_GARANTIA_DIREITOS, 1L));
    assertThat(figures.inscribedInCmas()).isEqualTo(1); // not the CNPJ no entity here holds, nor the CMDCA's
    assertThat(figures.capacityByLevel()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
        ProtectionLevel.BASIC, 150L, ProtectionLevel.SPECIAL_MEDIUM, 30L, ProtectionLevel.SPECIAL_HIGH, 20L));
  }
}
