package br.org.teia.structure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.suas.Cpf;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoWorkforceTest {

  @Test
  void demo_cpfs_are_valid_and_distinct_within_each_municipality_and_names_have_a_surname() {
    for (var tenant : DemoWorkforce.TEAMS.keySet()) {
      int size = DemoWorkforce.TEAMS.get(tenant).values().stream().mapToInt(java.util.List::size).sum();
      Set<String> cpfs = new HashSet<>();
      IntStream.range(0, size).forEach(i -> {
        String cpf = DemoWorkforce.cpf(tenant, i);
        assertThat(Cpf.isValid(cpf)).as(cpf).isTrue();
        assertThat(cpfs.add(cpf)).as("distinct " + cpf).isTrue();
        assertThat(DemoWorkforce.name(tenant, i)).matches("\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+){1,2}");
      });
    }
  }
}
