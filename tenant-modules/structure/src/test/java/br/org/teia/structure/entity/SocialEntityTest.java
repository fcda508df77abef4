package br.org.teia.structure.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.council.api.InscriptionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SocialEntityTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void an_entity_keeps_its_cnpj_as_digits_and_its_phone_as_digits() {
    SocialEntity entity = SocialEntity.create(form("11.222.333/0001-81", List.of(new ServiceOffer("scfv", 120))),
        CLOCK);

    assertThat(entity.cnpj()).isEqualTo("11222333000181");
    assertThat(entity.phone()).isEqualTo("3133334444");
    assertThat(entity.services()).containsExactly(java.util.Map.entry("SCFV", 120));
  }

  @Test
  void an_invalid_cnpj_is_refused_by_the_entity_itself() {
    assertThatThrownBy(() -> SocialEntity.create(form("11222333000182", List.of()), CLOCK))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.entity.cnpj.invalid"));
  }

  @Test
  void a_capacity_of_one_is_taken_and_of_zero_or_less_refused() {
    assertThat(SocialEntity.create(form("11222333000181", List.of(new ServiceOffer("SCFV", 1))), CLOCK).services())
        .containsEntry("SCFV", 1);
    for (int capacity : new int[] {0, -5}) {
      assertThatThrownBy(() -> SocialEntity.create(form("11222333000181",
          List.of(new ServiceOffer("SCFV", capacity))), CLOCK))
          .isInstanceOfSatisfying(TeiaException.class,
              e -> assertThat(e.messageKey()).isEqualTo("structure.entity.service.capacity"));
    }
  }

  @Test
  void a_service_offered_twice_is_refused() {
    assertThatThrownBy(() -> SocialEntity.create(form("11222333000181",
        List.of(new ServiceOffer("SCFV", 10), new ServiceOffer("scfv", 20))), CLOCK))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.entity.service.duplicate"));
  }

  @Test
  void at_least_one_type_of_action_is_required() {
    SocialEntityForm none = new SocialEntityForm("11222333000181", "Associação X", null, Set.of(), List.of(), null,
        null, null, null, null, null);

    assertThatThrownBy(() -> SocialEntity.create(none, CLOCK)).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("structure.entity.actions.required"));
  }

  @Test
  void an_inscription_takes_the_latest_step_and_keeps_the_certificate_only_while_inscribed() {
    EntityInscription inscription = new EntityInscription("11222333000181", "CMAS");
    Instant now = CLOCK.instant();

    assertThat(inscription.move(InscriptionStatus.INSCRIBED, LocalDate.of(2025, 3, 10), "CMAS-2025-7", now)).isTrue();
    assertThat(inscription.summary().certificateCode()).isEqualTo("CMAS-2025-7");
    // an older step arriving late does not move it back
    assertThat(inscription.move(InscriptionStatus.IN_PROGRESS, LocalDate.of(2025, 3, 9), null, now)).isFalse();
    assertThat(inscription.summary().state()).isEqualTo(InscriptionState.INSCRIBED);
    // a step of the same date does
    assertThat(inscription.move(InscriptionStatus.CANCELLED, LocalDate.of(2025, 3, 10), "ignored", now)).isTrue();
    assertThat(inscription.summary()).isEqualTo(
        new InscriptionSummary("CMAS", InscriptionState.CANCELLED, LocalDate.of(2025, 3, 10), null));
  }

  @Test
  void phones_show_with_area_code_and_hyphen() {
    assertThat(Phones.format("3133334444")).isEqualTo("(31) 3333-4444");
    assertThat(Phones.format("31988887777")).isEqualTo("(31) 98888-7777");
    assertThat(Phones.format(null)).isNull();
  }

  private static SocialEntityForm form(String cnpj, List<ServiceOffer> services) {
    return new SocialEntityForm(cnpj, "Associação Exemplo", "Exemplo", Set.of(ActionType.ATENDIMENTO), services,
        null, null, null, "(31) 3333-4444", "contato@exemplo.org.br", null);
  }
}
