package br.org.teia.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseServersTest {

  static DatabaseServers.Server server(String key, boolean open) {
    return new DatabaseServers.Server(key, null, "teia_app", null, open);
  }

  @Test
  void a_new_town_goes_to_the_open_server_with_the_fewest_towns() {
    var servers = List.of(server("main", true), server("s2", true), server("s3", true));

    assertThat(DatabaseServers.place(servers, Map.of("main", 40L, "s2", 12L, "s3", 30L)).key()).isEqualTo("s2");
    assertThat(DatabaseServers.place(servers, Map.of("main", 40L, "s2", 12L)).key()).as("a server with none").isEqualTo("s3");
  }

  @Test
  void a_closed_server_is_never_chosen_however_empty() {
    var servers = List.of(server("main", false), server("s2", true));

    assertThat(DatabaseServers.place(servers, Map.of("s2", 500L)).key()).isEqualTo("s2");
  }

  @Test
  void a_tie_goes_to_the_main_server_then_to_the_first_declared() {
    assertThat(DatabaseServers.place(List.of(server("main", true), server("s2", true)), Map.of()).key()).isEqualTo("main");
    assertThat(DatabaseServers.place(List.of(server("main", false), server("s2", true), server("s3", true)), Map.of()).key())
        .isEqualTo("s2");
  }

  @Test
  void a_server_is_declared_by_environment_variables_as_the_operator_guide_says() {
    var environment = new org.springframework.core.env.StandardEnvironment();
    environment.getPropertySources().addFirst(new org.springframework.core.env.SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
        "TEIA_DATABASE_SERVERS_S2_URL", "jdbc:postgresql://db2:5432/teia",
        "TEIA_DATABASE_SERVERS_S2_USERNAME", "teia_app",
        "TEIA_DATABASE_SERVERS_S2_OWNERUSERNAME", "teia_owner",
        "TEIA_DATABASE_SERVERS_S2_PLACEMENT", "closed")));

    var declared = DatabaseServers.declared(org.springframework.boot.context.properties.bind.Binder.get(environment));

    assertThat(declared).containsOnlyKeys("s2");
    assertThat(declared.get("s2")).satisfies(s -> {
      assertThat(s.url()).isEqualTo("jdbc:postgresql://db2:5432/teia");
      assertThat(s.username()).isEqualTo("teia_app");
      assertThat(s.ownerUsername()).isEqualTo("teia_owner");
      assertThat(s.placement()).isEqualTo("closed");
    });
  }

  @Test
  void with_every_server_closed_onboarding_is_refused_with_a_reason() {
    assertThatThrownBy(() -> DatabaseServers.place(List.of(server("main", false)), Map.of()))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.server.none-open"));
  }
}
