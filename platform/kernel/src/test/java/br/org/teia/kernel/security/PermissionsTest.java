package br.org.teia.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class PermissionsTest {

  /** A module's access class, as the modules declare theirs (listed in this test's META-INF/services). */
  public static final class TestAccess implements PermissionGrants {
    static final String WRITE = "test:write";

    @Override
    public List<Permission> permissions() {
      return List.of(Permission.of(WRITE, "write the test module", Role.MUNICIPAL_MANAGER));
    }
  }

  private static final TenantId BETIM = TenantId.of("3106705");
  private static final TenantId CONTAGEM = TenantId.of("3118601");

  @Test
  void a_permission_is_granted_by_the_roles_of_the_municipality_acting_in_only() {
    TeiaUser ana = new TeiaUser(UUID.randomUUID(), "ana", "Ana", Set.of(),
        Map.of(BETIM, Set.of(Role.MUNICIPAL_MANAGER), CONTAGEM, Set.of(Role.COUNCIL_MEMBER)));

    assertThat(authorities(TeiaAuthentication.of(ana, BETIM)))
        .contains("ROLE_MUNICIPAL_MANAGER", "ROLE_test:write", "ROLE_municipality:home", "ROLE_account:self");
    assertThat(authorities(TeiaAuthentication.of(ana, CONTAGEM)))
        .contains("ROLE_COUNCIL_MEMBER", "ROLE_municipality:home")
        .doesNotContain("ROLE_MUNICIPAL_MANAGER", "ROLE_test:write");
    assertThat(authorities(TeiaAuthentication.of(ana, BETIM).switchTo(CONTAGEM))).doesNotContain("ROLE_test:write");
  }

  @Test
  void association_roles_grant_their_permissions_in_any_municipality_and_in_none() {
    TeiaUser bia = new TeiaUser(UUID.randomUUID(), "bia", "Bia", Set.of(Role.ASSOCIATION_STAFF), Map.of());

    assertThat(authorities(TeiaAuthentication.of(bia, null)))
        .containsExactlyInAnyOrder("ROLE_ASSOCIATION_STAFF", "ROLE_tenants:catalogue", "ROLE_account:self");
  }

  @Test
  void a_person_without_roles_gets_no_permission() {
    TeiaUser nobody = new TeiaUser(UUID.randomUUID(), "x", "X", Set.of(), Map.of(BETIM, Set.of()));

    assertThat(authorities(TeiaAuthentication.of(nobody, BETIM))).isEmpty();
  }

  @Test
  void a_value_of_roles_allowed_admits_a_role_or_the_roles_of_a_permission() {
    assertThat(Permissions.rolesAdmitted("COUNCIL_MEMBER")).containsExactly(Role.COUNCIL_MEMBER);
    assertThat(Permissions.rolesAdmitted(TestAccess.WRITE)).containsExactly(Role.MUNICIPAL_MANAGER);
    assertThatThrownBy(() -> Permissions.rolesAdmitted("test:typo")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_permission_is_named_module_colon_action_and_granted_by_some_role() {
    assertThatThrownBy(() -> Permission.of("COUNCIL_WRITE", "clashes with role names", Role.COUNCIL_SECRETARY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Permission.of("test:nobody", "no role")).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> authorities(TeiaAuthentication authentication) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }
}
