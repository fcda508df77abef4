package br.org.teia.kernel.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.tenancy.NoTenantScopeException;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireTenantScopeTest {

  private final List<TenantId> told = new ArrayList<>();
  private final RequireTenantScope inspector = new RequireTenantScope(List.of(told::add));

  @Test
  void statements_that_write_are_told_with_the_scope_they_ran_in_and_reads_are_not() {
    TenantId betim = TenantId.of("3106705");
    try (var scope = TenantScope.enter(betim)) {
      for (String read : List.of("select u.id from unit u", "with recursive t as (select 1) select * from t",
          "  SELECT 1", "(select 1) union (select 2)", "updated_at")) {
        assertThat(inspector.inspect(read)).isEqualTo(read);
      }
      assertThat(told).as("reads").isEmpty();
      for (String write : List.of("insert into unit (id) values (?)", "update unit set name=? where id=?",
          "delete from unit where id=?", "  DELETE FROM x", "\n(insert into x values (1))", "merge into unit u using ...")) {
        assertThat(inspector.inspect(write)).isEqualTo(write);
      }
    }
    assertThat(told).hasSize(6).containsOnly(betim);
  }

  @Test
  void a_statement_outside_a_tenant_scope_is_refused_and_told_to_nobody() {
    assertThatThrownBy(() -> inspector.inspect("insert into unit (id) values (?)")).isInstanceOf(NoTenantScopeException.class);
    assertThat(told).isEmpty();
  }
}
