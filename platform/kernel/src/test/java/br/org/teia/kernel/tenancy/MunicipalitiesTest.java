package br.org.teia.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

  private final Municipalities municipalities = new Municipalities();

  @Test
  void reference_list_holds_every_brazilian_municipality_and_853_in_minas_gerais() {
    assertThat(municipalities.size()).isEqualTo(5570);
    assertThat(municipalities.ofState("mg")).hasSize(853);
    assertThat(municipalities.require("3106200").name()).isEqualTo("Belo Horizonte");
    assertThat(municipalities.require(" 3106705 ").name()).isEqualTo("Betim");
  }

  @Test
  void all_is_the_whole_list_in_code_order() {
    assertThat(municipalities.all()).hasSize(5570);
    assertThat(municipalities.all().getFirst().id().ibgeCode()).isEqualTo("1100015");
    assertThat(municipalities.all()).extracting(m -> m.id().ibgeCode()).isSorted();
  }

  @Test
  void code_that_is_not_seven_digits_is_refused_with_a_format_message() {
    for (String bad : new String[] {"", "310620", "31062000", "31062a0", null}) {
      assertThatThrownBy(() -> municipalities.require(bad))
          .isInstanceOfSatisfying(TeiaException.class,
              e -> assertThat(e.messageKey()).isEqualTo("tenant.ibge.format"));
    }
  }

  @Test
  void seven_digits_that_name_no_municipality_are_refused_as_unknown() {
    assertThatThrownBy(() -> municipalities.require("3199999"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("tenant.ibge.unknown"));
  }

  @Test
  void unknown_state_is_refused() {
    assertThatThrownBy(() -> municipalities.ofState("XX"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("tenant.uf.unknown"));
  }

  @Test
  void schema_name_derives_from_the_code_only() {
    assertThat(TenantId.of("3106200").schemaName()).isEqualTo("mun_3106200");
    assertThat(TenantId.isTenantSchema("mun_3106200")).isTrue();
    assertThat(TenantId.isTenantSchema("mun_3106200; DROP")).isFalse();
    assertThat(TenantId.isTenantSchema("public")).isFalse();
  }
}
