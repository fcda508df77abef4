package br.org.teia.training;

import static br.org.teia.kernel.security.Role.ASSOCIATION_ADMIN;
import static br.org.teia.kernel.security.Role.ASSOCIATION_STAFF;
import static br.org.teia.kernel.security.Role.COUNCIL_MEMBER;
import static br.org.teia.kernel.security.Role.COUNCIL_SECRETARY;
import static br.org.teia.kernel.security.Role.MUNICIPAL_MANAGER;
import static br.org.teia.kernel.security.Role.MUNICIPAL_STAFF;
import static br.org.teia.kernel.security.Role.OUTSIDE_PARTICIPANT;

import br.org.teia.kernel.security.Permission;
import br.org.teia.kernel.security.PermissionGrants;
import java.util.List;

/**
 * Who may do what in continuing education, said once: views, services and exports name these
 * permissions. The certificate check page needs none (anyone, without login).
 */
public final class TrainingAccess implements PermissionGrants {

  /** Courses, classes, rosters, attendance, grades, certificates, outside participants: the association's staff. */
  public static final String MANAGE = "training:manage";
  /** Enrol the acting municipality's people and see its training: the municipal manager. */
  public static final String MUNICIPALITY = "training:municipality";
  /** The open catalogue, enrolling oneself, "Minha formação": anyone signed in. */
  public static final String LEARN = "training:learn";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(MANAGE, "the course catalogue and classes, rosters with attendance and grades, their exports, "
            + "certificates (issue, revoke), outside participants", ASSOCIATION_ADMIN, ASSOCIATION_STAFF)
            .because("continuing education is the association's service to its members, run by its staff"),
        Permission.of(MUNICIPALITY, "enrol the acting municipality's staff and councillors; see the municipality's "
            + "enrolments, attendance and certificates", MUNICIPAL_MANAGER)
            .because("the gestor answers for the training of the municipality's team"),
        Permission.of(LEARN, "the open catalogue, enrolling oneself for the acting municipality, one's own "
            + "enrolments, attendance and certificates (Minha formação)", ASSOCIATION_ADMIN, ASSOCIATION_STAFF,
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF, COUNCIL_SECRETARY, COUNCIL_MEMBER, OUTSIDE_PARTICIPANT)
            .because("training is open to every person of every member municipality, and to the community "
                + "leaders the association invites to it"));
  }
}
