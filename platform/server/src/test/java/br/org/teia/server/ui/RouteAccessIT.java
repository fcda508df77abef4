package br.org.teia.server.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Permissions;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deny by default, proved on every route of the application: anonymous and role-less users are refused. */
@DemoServerTest
class RouteAccessIT extends UiTestBase {

  /** A person of the test's own holding one role (in Lontra when the role is a municipality's). */
  private record Person(String username, Role role) {}

  /** One person for every role. */
  private List<Person> everyone;

  @BeforeEach
  void onePersonPerRole() {
    TenantId town = onboarded("3138658");
    everyone = Arrays.stream(Role.values()).map(role -> new Person(people().person(role, town), role)).toList();
  }

  @Test
  void the_application_has_routes_to_check() {
    assertThat(routes()).hasSizeGreaterThan(3);
  }

  @Test
  void anonymous_visitors_reach_no_route_but_the_login() {
    for (Class<? extends Component> route : routes()) {
      logout();
      UI.getCurrent().navigate(route);
      boolean reached = !_find(route).isEmpty();
      assertThat(reached).as("anonymous reached %s", route.getSimpleName())
          .isEqualTo(route.isAnnotationPresent(AnonymousAllowed.class));
    }
  }

  @Test
  void people_without_the_role_never_reach_a_role_restricted_route() {
    for (Class<? extends Component> route : routes()) {
      RolesAllowed allowed = route.getAnnotation(RolesAllowed.class);
      if (allowed == null) {
        assertThat(route.isAnnotationPresent(PermitAll.class) || route.isAnnotationPresent(AnonymousAllowed.class))
            .as("%s declares no access rule", route.getSimpleName()).isTrue();
        continue;
      }
      Set<Role> permitted = admitted(allowed);
      List<Person> outsiders = everyone.stream()
          .filter(login -> !permitted.contains(login.role()))
          .toList();
      if (outsiders.isEmpty()) {
        continue; // every role may read it (e.g. the exchange's library): only anonymous visitors are refused, checked above
      }
      for (Person outsider : outsiders) {
        login(outsider.username());
        UI.getCurrent().navigate(route);

        assertThat(_find(route)).as("%s (%s) reached %s", outsider.username(), outsider.role(), route.getSimpleName())
            .isEmpty();
        assertThat(_find(H1.class, spec -> spec.withId("error-title"))).as("%s refused %s", outsider.role(), route.getSimpleName())
            .singleElement().extracting(H1::getText).isEqualTo("Página não encontrada"); // as if it did not exist
      }
    }
  }

  @Test
  void people_with_the_role_do_reach_it() {
    for (Class<? extends Component> route : routes()) {
      RolesAllowed allowed = route.getAnnotation(RolesAllowed.class);
      if (allowed == null) {
        continue;
      }
      Set<Role> roles = admitted(allowed);
      Person insider = everyone.stream().filter(p -> roles.contains(p.role())).findFirst().orElseThrow();
      login(insider.username());
      UI.getCurrent().navigate(route);
      assertThat(_find(route)).as("%s reached %s", insider.username(), route.getSimpleName()).hasSize(1);
    }
  }

  /** The roles a route's {@code @RolesAllowed} admits: its permissions' roles (ADR 0010). */
  private static Set<Role> admitted(RolesAllowed allowed) {
    return Arrays.stream(allowed.value()).flatMap(value -> Permissions.rolesAdmitted(value).stream())
        .collect(Collectors.toSet());
  }

  private static List<Class<? extends Component>> routes() {
    return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
        .<Class<? extends Component>>map(r -> r.getNavigationTarget())
        .sorted(java.util.Comparator.comparing(Class::getName))
        .toList();
  }
}
