package br.org.teia.kernel.cache;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class TenantKeyGeneratorTest {

  final TenantKeyGenerator keys = new TenantKeyGenerator();
  final Method method = Object.class.getMethods()[0];

  Object key(Object... args) {
    return keys.generate(this, method, args);
  }

  Object keyIn(String ibge, Object... args) {
    try (var scope = TenantScope.enter(TenantId.of(ibge))) {
      return key(args);
    }
  }

  @Test
  void a_key_starts_with_the_tenant_schema_or_platform_outside_a_scope() {
    assertThat(keyIn("3106200", 42, "MG")).hasToString("mun_3106200:42,MG");
    assertThat(key(42, "MG")).hasToString("platform:42,MG");
    assertThat(key()).hasToString("platform:");
  }

  @Test
  void the_same_arguments_under_two_tenants_never_give_the_same_key() {
    assertThat(keyIn("3106200", 42)).isNotEqualTo(keyIn("3118601", 42)).isNotEqualTo(key(42));
    assertThat(keyIn("3106200", 42)).isEqualTo(keyIn("3106200", 42))
        .hasSameHashCodeAs(keyIn("3106200", 42));
  }

  @Test
  void array_arguments_are_compared_by_content() {
    assertThat(key((Object) new int[] {1, 2})).isEqualTo(key((Object) new int[] {1, 2}));
    assertThat(key((Object) new int[] {1, 2})).hasToString("platform:[1, 2]");
    assertThat(key((Object) new String[] {"a"})).hasToString("platform:[a]");
  }
}
