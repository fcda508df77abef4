package br.org.teia.structure.entity;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.NoTenantScopeException;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.testsupport.TeiaTestApplication;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The council module does not exist yet: these tests publish {@link EntityInscriptionChanged} as it
 * will, inside the municipality's scope and a transaction of the publisher's, and read what the
 * structure module shows.
 */
@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class EntityInscriptionListenerIT {

  static final TenantId OURO_PRETO = TenantId.of("3146107");
  static final TenantId MARIANA = TenantId.of("3140001");

  @Autowired SocialEntityService entities;
  @Autowired TenantOnboarding onboarding;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void twoMunicipalities() {
    onboarding.onboard(List.of(OURO_PRETO.ibgeCode(), MARIANA.ibgeCode()));
  }

  @Test
  void a_status_published_before_the_entity_is_registered_shows_once_it_is() {
    String cnpj = Demo.cnpj();
    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.INSCRIBED,
        LocalDate.of(2025, 3, 10), "CMAS-OP-2025-0042"));
    assertThat(as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.findByCnpj(cnpj))).isEmpty();

    SocialEntitySummary registered = as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.create(Demo.form(cnpj, "Entidade inscrita antes")));

    assertThat(registered.cmas()).isEqualTo(new InscriptionSummary("CMAS", InscriptionState.INSCRIBED,
        LocalDate.of(2025, 3, 10), "CMAS-OP-2025-0042"));
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.history(registered.id())))
        .extracting(InscriptionStep::state, InscriptionStep::certificateCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(InscriptionState.INSCRIBED, "CMAS-OP-2025-0042"));
  }

  @Test
  void the_councils_inscription_number_shows_while_inscribed_and_goes_with_a_cancellation() {
    String cnpj = Demo.cnpj();
    SocialEntitySummary entity = as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.create(Demo.form(cnpj, "Entidade numerada")));
    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.INSCRIBED,
        LocalDate.of(2026, 4, 2), "ABCD-EFGH-2345", "7/2026"));
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.get(entity.id())).cmas()).isEqualTo(
        new InscriptionSummary("CMAS", InscriptionState.INSCRIBED, LocalDate.of(2026, 4, 2), "ABCD-EFGH-2345",
            "7/2026"));

    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.CANCELLED,
        LocalDate.of(2026, 9, 1), null, "7/2026"));
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.get(entity.id())).cmas().number()).isNull();
  }

  @Test
  void a_registered_entity_moves_from_not_inscribed_through_the_steps_and_keeps_its_history_in_order() {
    String cnpj = Demo.cnpj();
    SocialEntitySummary entity = as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.create(Demo.form(cnpj, "Entidade em inscrição")));
    assertThat(entity.cmas().state()).isEqualTo(InscriptionState.NOT_INSCRIBED);

    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.IN_PROGRESS,
        LocalDate.of(2026, 2, 1), null));
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.get(entity.id()).cmas().state()))
        .isEqualTo(InscriptionState.IN_PROGRESS);
    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.INSCRIBED,
        LocalDate.of(2026, 4, 15), "CERT-77"));
    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.CANCELLED,
        LocalDate.of(2026, 9, 30), null));

    SocialEntitySummary read = as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.get(entity.id()));
    assertThat(read.cmas()).isEqualTo(new InscriptionSummary("CMAS", InscriptionState.CANCELLED,
        LocalDate.of(2026, 9, 30), null));
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.history(entity.id())))
        .extracting(InscriptionStep::state, InscriptionStep::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(InscriptionState.IN_PROGRESS, LocalDate.of(2026, 2, 1)),
            org.assertj.core.groups.Tuple.tuple(InscriptionState.INSCRIBED, LocalDate.of(2026, 4, 15)),
            org.assertj.core.groups.Tuple.tuple(InscriptionState.CANCELLED, LocalDate.of(2026, 9, 30)));
  }

  @Test
  void a_step_older_than_the_current_one_goes_to_the_history_only() {
    String cnpj = Demo.cnpj();
    SocialEntitySummary entity = as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.create(Demo.form(cnpj, "Entidade fora de ordem")));
    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "cmas", InscriptionStatus.INSCRIBED,
        LocalDate.of(2026, 5, 2), "C-1"));
    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.IN_PROGRESS,
        LocalDate.of(2026, 5, 1), null));

    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.get(entity.id()).cmas().state()))
        .isEqualTo(InscriptionState.INSCRIBED);
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.history(entity.id()))).hasSize(2);
  }

  @Test
  void the_list_filters_by_the_cmas_status_and_other_councils_show_beside_it() {
    String inscribed = Demo.cnpj();
    String other = Demo.cnpj();
    String tag = "Filtro " + java.util.UUID.randomUUID().toString().substring(0, 8);
    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(inscribed, tag + " inscrita")));
    as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(other, tag + " só no CMDCA")));
    publish(OURO_PRETO, new EntityInscriptionChanged(inscribed, "CMAS", InscriptionStatus.INSCRIBED,
        LocalDate.of(2026, 1, 20), "CERT-1"));
    publish(OURO_PRETO, new EntityInscriptionChanged(other, "CMDCA", InscriptionStatus.INSCRIBED,
        LocalDate.of(2026, 1, 20), "CMDCA-9"));

    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.list(tag, InscriptionState.INSCRIBED, 0, 10)
        .getContent())).extracting(SocialEntitySummary::cnpj).containsExactly(inscribed);
    SocialEntitySummary cmdcaOnly = as(OURO_PRETO, Role.COUNCIL_MEMBER,
        () -> entities.list(tag, InscriptionState.NOT_INSCRIBED, 0, 10).getContent()).getFirst();
    assertThat(cmdcaOnly.cnpj()).isEqualTo(other);
    assertThat(cmdcaOnly.inscriptions()).extracting(InscriptionSummary::council, InscriptionSummary::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CMAS", InscriptionState.NOT_INSCRIBED),
            org.assertj.core.groups.Tuple.tuple("CMDCA", InscriptionState.INSCRIBED));
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.list(tag, InscriptionState.REFUSED, 0, 10)
        .getTotalElements())).isZero();
  }

  @Test
  void the_status_is_rolled_back_with_the_publishers_transaction() {
    String cnpj = Demo.cnpj();
    SocialEntitySummary entity = as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.create(Demo.form(cnpj, "Entidade sem decisão")));

    assertThatThrownBy(() -> as(OURO_PRETO, Role.COUNCIL_SECRETARY, () -> new TransactionTemplate(transactions)
        .execute(status -> {
          events.publishEvent(new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.INSCRIBED,
              LocalDate.of(2026, 6, 1), "NUNCA"));
          throw new IllegalStateException("the council's own write failed");
        }))).isInstanceOf(IllegalStateException.class);

    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.get(entity.id()).cmas().state()))
        .isEqualTo(InscriptionState.NOT_INSCRIBED);
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.history(entity.id()))).isEmpty();
  }

  @Test
  void a_status_stays_in_its_municipality_and_survives_the_entitys_removal() {
    String cnpj = Demo.cnpj();
    SocialEntitySummary inMariana = as(MARIANA, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(cnpj, "Em Mariana")));
    SocialEntitySummary inOuroPreto = as(OURO_PRETO, Role.MUNICIPAL_STAFF,
        () -> entities.create(Demo.form(cnpj, "Em Ouro Preto")));
    publish(OURO_PRETO, new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.INSCRIBED,
        LocalDate.of(2026, 3, 3), "OP-1"));

    assertThat(as(MARIANA, Role.COUNCIL_MEMBER, () -> entities.get(inMariana.id()).cmas().state()))
        .isEqualTo(InscriptionState.NOT_INSCRIBED);
    as(OURO_PRETO, Role.MUNICIPAL_MANAGER, () -> {
      entities.delete(inOuroPreto.id());
      return null;
    });
    SocialEntitySummary again = as(OURO_PRETO, Role.MUNICIPAL_STAFF, () -> entities.create(Demo.form(cnpj, "De volta")));
    assertThat(again.cmas().state()).isEqualTo(InscriptionState.INSCRIBED);
    assertThat(as(OURO_PRETO, Role.COUNCIL_MEMBER, () -> entities.history(again.id()))).hasSize(1);
  }

  @Test
  void an_event_outside_a_municipality_scope_is_refused() {
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
        events.publishEvent(new EntityInscriptionChanged(Demo.cnpj(), "CMAS", InscriptionStatus.INSCRIBED,
            LocalDate.of(2026, 3, 3), null))))
        .hasRootCauseInstanceOf(NoTenantScopeException.class);
  }

  /** As the council module will: in the municipality's scope, inside its own transaction. */
  private void publish(TenantId tenant, EntityInscriptionChanged event) {
    as(tenant, Role.COUNCIL_SECRETARY, () -> new TransactionTemplate(transactions).execute(status -> {
      events.publishEvent(event);
      return null;
    }));
  }
}
