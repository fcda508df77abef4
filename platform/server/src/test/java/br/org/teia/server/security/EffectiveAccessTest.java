package br.org.teia.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Permission;
import br.org.teia.kernel.security.PermissionGrants;
import br.org.teia.kernel.security.Permissions;
import br.org.teia.kernel.security.Role;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who may use what, role by role. The listing of every route, API operation and guarded method
 * with the roles that reach it is compared with the baseline recorded before role sets became
 * named permissions ({@code effective-access.txt}): a change in who may read or write anything
 * shows as a diff, and an intended change updates the baseline in the same commit (the actual
 * listing is written to {@code target/effective-access.txt}). The role/permission matrix in
 * {@code docs/roles.md} is rendered here from the modules' access classes, so it cannot drift.
 */
class EffectiveAccessTest {

  private static final String BASELINE = "/security/effective-access.txt";
  private static final Path ROLES_DOC = Path.of("..", "..", "docs", "roles.md");
  private static final String MATRIX_SECTION = "## Role -> permissions";
  private static final String MATRIX_HEADER = "| permission |";
  private static final String CITIZEN = "citizen (not signed in)";

  /** A route, an API operation or a method of a guarded class, with the access rule in force on it. */
  record Guarded(String kind, String what, List<String> values, String rule) {
    String line() {
      return kind + " " + what + " : " + rule;
    }
  }

  @Test
  void every_role_reaches_exactly_the_routes_and_methods_it_reached_before() throws IOException {
    List<Guarded> guarded = guarded();
    List<String> actual = guarded.stream().map(Guarded::line).sorted().toList();
    Path written = Path.of("target", "effective-access.txt");
    Files.createDirectories(written.getParent());
    Files.write(written, actual, StandardCharsets.UTF_8);
    for (Role role : Role.values()) {
      long routes = guarded.stream().filter(g -> g.kind().equals("route") && reaches(role, g)).count();
      long api = guarded.stream().filter(g -> g.kind().equals("api") && reaches(role, g)).count();
      long methods = guarded.stream().filter(g -> g.kind().equals("method") && reaches(role, g)).count();
      System.out.printf("%-18s %3d routes, %3d API operations, %3d service methods%n", role, routes, api, methods);
    }
    List<String> baseline;
    try (InputStream in = EffectiveAccessTest.class.getResourceAsStream(BASELINE)) {
      assertThat(in).as("baseline %s", BASELINE).isNotNull();
      baseline = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(actual).as("effective access (actual written to %s)", written.toAbsolutePath())
        .containsExactlyElementsOf(baseline);
  }

  @Test
  void every_access_rule_names_a_declared_permission_not_a_role() {
    Set<String> roleNames = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
    for (Guarded g : guarded()) {
      for (String value : g.values()) {
        assertThat(roleNames).as("%s names the role %s: name a permission of its module", g.what(), value)
            .doesNotContain(value);
        assertThat(Permissions.declared()).as("%s names %s, which no module declares", g.what(), value)
            .containsKey(value);
      }
    }
  }

  @Test
  void docs_roles_md_shows_the_permissions_as_declared() throws IOException {
    String rendered = rolesDoc(guarded());
    String current = Files.exists(ROLES_DOC) ? Files.readString(ROLES_DOC, StandardCharsets.UTF_8) : "";
    Path written = Path.of("target", "roles.md");
    Files.writeString(written, rendered, StandardCharsets.UTF_8);
    assertThat(current).as("docs/roles.md is out of date: copy %s over it", written.toAbsolutePath())
        .isEqualTo(rendered);
  }

  @Test
  void every_permission_says_why_its_roles_hold_it() {
    for (Permission p : Permissions.declared().values()) {
      assertThat(p.because()).as("%s: say why in its access class (.because(...))", p.name()).isNotBlank()
          .doesNotContain("|").doesNotContain("\n");
    }
  }

  /**
   * Read back, cell by cell, the role matrix as docs/roles.md states it, and compare it with what a
   * signed-in person of each role is actually granted ({@link Permissions#grantedBy}): the matrix
   * people read is the one the code enforces, whatever the rendering does.
   */
  @Test
  void the_matrix_in_docs_roles_md_is_what_each_role_is_granted() throws IOException {
    List<String> lines = Files.readAllLines(ROLES_DOC, StandardCharsets.UTF_8);
    int section = lines.indexOf(MATRIX_SECTION);
    assertThat(section).as("docs/roles.md has the section %s", MATRIX_SECTION).isNotNegative();
    int header = section;
    while (!lines.get(header).startsWith(MATRIX_HEADER)) {
      header++;
    }
    List<String> columns = cells(lines.get(header));
    Map<Role, Set<String>> stated = new LinkedHashMap<>();
    Set<String> citizen = new TreeSet<>();
    Set<String> rows = new TreeSet<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("| `")) {
        break;
      }
      List<String> cells = cells(line);
      String permission = cells.getFirst().replace("`", "");
      rows.add(permission);
      for (int i = 1; i < columns.size(); i++) {
        if (cells.get(i).equals("✓")) {
          if (columns.get(i).equals(CITIZEN)) {
            citizen.add(permission);
          } else {
            stated.computeIfAbsent(Role.valueOf(columns.get(i)), r -> new TreeSet<>()).add(permission);
          }
        }
      }
    }
    assertThat(rows).as("the matrix has a row for each declared permission").isEqualTo(Permissions.declared().keySet());
    assertThat(citizen).as("a citizen holds no permission").isEmpty();
    for (Role role : Role.values()) {
      Set<String> granted = Permissions.grantedBy(List.of(role)).stream().map(Permission::name)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(stated.getOrDefault(role, Set.of())).as("docs/roles.md for %s", role).isEqualTo(granted);
    }
  }

  /** The decisions on who needs what (issue 14), as docs/roles.md states them and the code grants them. */
  @Test
  void council_members_do_not_read_workers_staff_do_not_edit_the_managing_body_association_staff_do_not_administer() {
    assertThat(Permissions.rolesAdmitted("structure:workforce"))
        .doesNotContain(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY).contains(Role.MUNICIPAL_MANAGER);
    assertThat(Permissions.rolesAdmitted("structure:managing-body")).containsExactly(Role.MUNICIPAL_MANAGER);
    assertThat(Permissions.rolesAdmitted("console:admin")).containsExactly(Role.ASSOCIATION_ADMIN);
    assertThat(Permissions.rolesAdmitted("console:staff")).contains(Role.ASSOCIATION_STAFF);
    Map<String, String> rules = guarded().stream().filter(g -> !g.kind().equals("method")).collect(Collectors.toMap(g -> g.what().substring(0, g.what().indexOf(" (")),
        Guarded::rule, (a, b) -> a));
    assertThat(rules.get("/estrutura/trabalhadores")).doesNotContain("COUNCIL");
    assertThat(rules.get("GET /api/v1/structure/workers/export.csv")).doesNotContain("COUNCIL");
    assertThat(rules.get("PUT /api/v1/structure/managing-body")).isEqualTo("MUNICIPAL_MANAGER");
    assertThat(rules.get("/associacao/implantacao")).isEqualTo("ASSOCIATION_ADMIN");
    assertThat(rules.get("POST /api/v1/console/members/populations")).isEqualTo("ASSOCIATION_ADMIN");
    assertThat(rules.get("POST /api/v1/console/members/{ibge}/suspend")).isEqualTo("ASSOCIATION_ADMIN");
    assertThat(rules.get("GET /api/v1/console/members")).contains("ASSOCIATION_STAFF");
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.length() - 1);
    return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }

  private static boolean reaches(Role role, Guarded g) {
    return g.rule().equals("anyone") || g.rule().equals("anyone signed in")
        || Arrays.asList(g.rule().split(", ")).contains(role.name());
  }

  // ---- the listing

  private static List<Guarded> scanned;

  /** Scanned once per test class: importing every class of the product takes a while. */
  static synchronized List<Guarded> guarded() {
    if (scanned == null) {
      scanned = scan();
    }
    return scanned;
  }

  private static List<Guarded> scan() {
    List<Guarded> found = new ArrayList<>();
    for (Class<?> type : guardedClasses()) {
      if (type.isAnnotationPresent(Route.class)) {
        found.add(new Guarded("route", "/" + type.getAnnotation(Route.class).value() + " (" + type.getName() + ")",
            values(type), rule(type)));
      }
      for (Method method : type.getDeclaredMethods()) {
        if (method.isSynthetic() || Modifier.isPrivate(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        boolean own = rule(method) != null;
        String effective = own ? rule(method) : rule(type);
        String[] described = describe(type, method);
        found.add(new Guarded(described[0], described[1], own ? values(method) : values(type),
            effective == null ? "(no rule)" : effective));
      }
    }
    return found;
  }

  private static List<String> values(AnnotatedElement element) {
    RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
    return allowed == null ? List.of() : List.of(allowed.value());
  }

  /** The roles an element's own annotation admits, or null when it has none. */
  static String rule(AnnotatedElement element) {
    if (element.isAnnotationPresent(DenyAll.class)) {
      return "nobody";
    }
    if (element.isAnnotationPresent(AnonymousAllowed.class)) {
      return "anyone";
    }
    if (element.isAnnotationPresent(PermitAll.class)) {
      return "anyone signed in";
    }
    RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      return null;
    }
    return Arrays.stream(allowed.value()).flatMap(value -> Permissions.rolesAdmitted(value).stream())
        .map(Role::name).collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
  }

  /** {kind, what}: an API operation as verb and path, any other method by its signature. */
  private static String[] describe(Class<?> type, Method method) {
    String signature = type.getName() + "#" + method.getName() + "("
        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    RequestMapping onMethod = AnnotatedElementUtils.hasAnnotation(type, RestController.class)
        ? AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class) : null;
    if (onMethod == null) {
      return new String[] {"method", signature};
    }
    return new String[] {"api", operation(type, onMethod) + " (" + signature + ")"};
  }

  private static String operation(Class<?> type, RequestMapping onMethod) {
    RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
    String prefix = onType == null || onType.path().length == 0 ? "" : onType.path()[0];
    String path = onMethod.path().length == 0 ? "" : onMethod.path()[0];
    String verbs = onMethod.method().length == 0 ? "ANY"
        : Arrays.stream(onMethod.method()).map(Enum::name).collect(Collectors.joining(","));
    return verbs + " " + prefix + path;
  }

  /** The product's classes that carry an access rule on the type or on a method, or are routes or REST controllers. */
  static List<Class<?>> guardedClasses() {
    Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
    for (JavaClass javaClass : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("br.org.teia")) {
      if (javaClass.getPackageName().startsWith("br.org.teia.testsupport")) {
        continue;
      }
      Class<?> type = javaClass.reflect();
      boolean guarded = rule(type) != null || type.isAnnotationPresent(Route.class)
          || AnnotatedElementUtils.hasAnnotation(type, RestController.class)
          || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> rule(m) != null);
      if (guarded) {
        found.add(type);
      }
    }
    return List.copyOf(found);
  }

  // ---- docs/roles.md

  static String rolesDoc(List<Guarded> guarded) {
    Map<String, String> constants = constants();
    StringBuilder doc = new StringBuilder();
    doc.append("# Roles and permissions\n\n")
        .append("Generated by `EffectiveAccessTest` (platform/server) from each module's access class; do not edit by hand:\n")
        .append("the test fails when this file differs and writes the current one to `platform/server/target/roles.md`.\n\n")
        .append("A role is held in one municipality (or, for the association's roles, in any); a permission is granted\n")
        .append("by the roles below and holds only where they do. Views, REST API, services and exports name the\n")
        .append("permission (`@RolesAllowed(CouncilAccess.WRITE)`, `currentUser.can(CouncilAccess.WRITE)`), never a role\n")
        .append("list (ADR 0010). Each module declares its permissions once, in its access class.\n\n")
        .append("## Permission -> roles\n\n")
        .append("| permission | constant | roles | opens | why these roles |\n|---|---|---|---|---|\n");
    for (Permission p : Permissions.declared().values()) {
      doc.append("| `").append(p.name()).append("` | `").append(constants.get(p.name())).append("` | ")
          .append(p.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", "))).append(" | ")
          .append(p.opens()).append(" | ").append(p.because()).append(" |\n");
    }
    doc.append('\n').append(MATRIX_SECTION).append("\n\n")
        .append("A citizen (not signed in) holds no permission: only the public pages and API below are open to them.\n\n")
        .append(MATRIX_HEADER);
    for (Role role : Role.values()) {
      doc.append(' ').append(role.name()).append(" |");
    }
    doc.append(' ').append(CITIZEN).append(" |");
    doc.append("\n|---|").append("---|".repeat(Role.values().length + 1)).append('\n');
    for (Permission p : Permissions.declared().values()) {
      doc.append("| `").append(p.name()).append("` |");
      for (Role role : Role.values()) {
        doc.append(p.roles().contains(role) ? " ✓ |" : "  |");
      }
      doc.append("  |\n");
    }
    doc.append("\n## Open without signing in (citizen)\n\n");
    List<String> publicRoutes = open(guarded, "route");
    List<String> publicApi = open(guarded, "api");
    doc.append("- views: ").append(publicRoutes.isEmpty() ? "none" : String.join(", ", publicRoutes)).append('\n');
    doc.append("- API: ").append(publicApi.isEmpty() ? "none" : String.join(", ", publicApi)).append('\n');
    doc.append("\n## Routes and API operations per permission\n");
    for (Permission p : Permissions.declared().values()) {
      doc.append("\n### `").append(p.name()).append("`\n\n");
      List<String> routes = opened(guarded, "route", p);
      List<String> api = opened(guarded, "api", p);
      long methods = guarded.stream().filter(g -> g.kind().equals("method") && g.values().contains(p.name())).count();
      doc.append("- views: ").append(routes.isEmpty() ? "none" : String.join(", ", routes)).append('\n');
      doc.append("- API: ").append(api.isEmpty() ? "none" : String.join(", ", api)).append('\n');
      doc.append("- service methods: ").append(methods).append('\n');
    }
    return doc.toString();
  }

  private static List<String> open(List<Guarded> guarded, String kind) {
    return guarded.stream().filter(g -> g.kind().equals(kind) && g.rule().equals("anyone"))
        .map(g -> "`" + g.what().substring(0, g.what().indexOf(" (")) + "`").distinct().sorted().toList();
  }

  private static List<String> opened(List<Guarded> guarded, String kind, Permission p) {
    return guarded.stream().filter(g -> g.kind().equals(kind) && g.values().contains(p.name()))
        .map(g -> "`" + g.what().substring(0, g.what().indexOf(" (")) + "`").distinct().sorted().toList();
  }

  /** permission name -> the constant that names it, e.g. {@code CouncilAccess.WRITE}. */
  private static Map<String, String> constants() {
    Map<String, String> constants = new LinkedHashMap<>();
    for (PermissionGrants grants : ServiceLoader.load(PermissionGrants.class)) {
      for (Field field : grants.getClass().getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          try {
            constants.put((String) field.get(null), grants.getClass().getSimpleName() + "." + field.getName());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return constants;
  }
}
