package br.org.teia.structure.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The unit's own rules, with catalogue entries made in memory (the real catalogue is checked in UnitServiceIT). */
class UnitTest {

  static final Clock CLOCK = Clock.systemUTC();
  static final TypifiedService PAIF = new TypifiedService("PAIF", "PAIF", ProtectionLevel.BASIC, 1, EnumSet.of(UnitType.CRAS));
  static final TypifiedService PAEFI = new TypifiedService("PAEFI", "PAEFI", ProtectionLevel.SPECIAL_MEDIUM, 4,
      EnumSet.of(UnitType.CREAS));

  @Test
  void a_cras_offers_paif() {
    Unit cras = Unit.create(form(UnitType.CRAS, null), null, Set.of(PAIF), CLOCK);

    assertThat(cras.offers("PAIF")).isTrue();
  }

  @Test
  void paif_added_to_a_creas_is_refused() {
    Unit creas = Unit.create(form(UnitType.CREAS, null), null, Set.of(PAEFI), CLOCK);

    assertThatThrownBy(() -> creas.offer(PAIF)).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("structure.unit.service.not-allowed"));
    assertThat(creas.offers("PAIF")).isFalse();
  }

  @Test
  void a_mobile_team_without_a_cras_is_refused() {
    assertThatThrownBy(() -> Unit.create(form(UnitType.EQUIPE_VOLANTE, null), null, Set.of(), CLOCK))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.mobile-team.cras-required"));
  }

  @Test
  void a_mobile_team_attached_to_a_creas_is_refused() {
    Unit creas = Unit.create(form(UnitType.CREAS, null), null, Set.of(), CLOCK);

    assertThatThrownBy(() -> Unit.create(form(UnitType.EQUIPE_VOLANTE, creas.id()), creas, Set.of(), CLOCK))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.mobile-team.parent-not-cras"));
  }

  @Test
  void a_mobile_team_attached_to_a_cras_keeps_it_and_other_types_keep_no_parent() {
    Unit cras = Unit.create(form(UnitType.CRAS, null), null, Set.of(), CLOCK);

    assertThat(Unit.create(form(UnitType.EQUIPE_VOLANTE, cras.id()), cras, Set.of(), CLOCK).parentUnitId())
        .isEqualTo(cras.id());
    assertThat(Unit.create(form(UnitType.CREAS, cras.id()), cras, Set.of(), CLOCK).parentUnitId()).isNull();
  }

  static UnitForm form(UnitType type, java.util.UUID parent) {
    return new UnitForm(type, "Unidade", null, null, null, null, 1000, parent, Set.of());
  }
}
