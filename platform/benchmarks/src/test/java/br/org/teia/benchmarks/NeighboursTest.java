package br.org.teia.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighboursTest {

  /** Our server: backends 10 (our database) and 11 (another session's), background process 12, postmaster 13. */
  private static final Map<Long, String> OUR_SERVER = Map.of(10L, "teia_bench_load_1", 11L, "test_other", 12L, "", 13L, "");
  private static final Neighbours.PostgresProbe PROBE = new Neighbours.PostgresProbe() {
    @Override
    public Map<Long, String> backends() {
      return OUR_SERVER;
    }

    @Override
    public boolean ours(String database) {
      return database.startsWith("teia_bench_");
    }

    @Override
    public long checkpoints() {
      return -1;
    }
  };

  @Test
  void a_postgres_of_another_server_on_the_machine_works_for_someone_else() {
    // found on 2026-12-05: the backends of a second cluster (port 5433) were counted for nobody
    assertThat(Neighbours.foreign("postgres", 99, Set.of(), OUR_SERVER, PROBE)).isTrue();
  }

  @Test
  void our_servers_processes_count_by_the_database_they_serve() {
    assertThat(Neighbours.foreign("postgres", 10, Set.of(), OUR_SERVER, PROBE)).isFalse();
    assertThat(Neighbours.foreign("postgres", 11, Set.of(), OUR_SERVER, PROBE)).isTrue();
    assertThat(Neighbours.foreign("postgres", 12, Set.of(), OUR_SERVER, PROBE)).isFalse();
    assertThat(Neighbours.foreign("postgres", 13, Set.of(), OUR_SERVER, PROBE)).isFalse();
  }

  @Test
  void other_processes_count_by_whether_the_benchmark_started_them() {
    assertThat(Neighbours.foreign("java", 20, Set.of(20L), OUR_SERVER, PROBE)).isFalse();
    assertThat(Neighbours.foreign("java", 21, Set.of(20L), OUR_SERVER, PROBE)).isTrue();
  }

  @Test
  void without_the_servers_list_no_postgres_is_blamed() {
    assertThat(Neighbours.foreign("postgres", 99, Set.of(), Map.of(), PROBE)).isFalse();
  }
}
