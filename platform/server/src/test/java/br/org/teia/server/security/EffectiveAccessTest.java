package br.org.teia.server.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who may use what, role by role, compared with the baseline recorded before role sets became
 * named permissions ({@code effective-access.txt}): every route, every API operation and every
 * method of a class with access annotations, with the roles that may reach it. A change in who may
 * read or write anything shows here as a diff; an intended change updates the baseline in the same
 * commit (the actual listing is written to {@code target/effective-access.txt}).
 */
class EffectiveAccessTest {

  private static final String BASELINE = "/security/effective-access.txt";

  @Test
  void every_role_reaches_exactly_the_routes_and_methods_it_reached_before() throws IOException {
    List<String> actual = listing();
    Path written = Path.of("target", "effective-access.txt");
    Files.createDirectories(written.getParent());
    Files.write(written, actual, StandardCharsets.UTF_8);
    List<String> baseline;
    try (InputStream in = EffectiveAccessTest.class.getResourceAsStream(BASELINE)) {
      assertThat(in).as("baseline %s", BASELINE).isNotNull();
      baseline = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(actual).as("effective access (actual written to %s)", written.toAbsolutePath()).containsExactlyElementsOf(baseline);
  }

  /** One line per guarded element: what it is, then who may use it. Sorted. */
  static List<String> listing() {
    List<String> lines = new ArrayList<>();
    for (Class<?> type : guardedClasses()) {
      String classRule = rule(type);
      if (type.isAnnotationPresent(Route.class)) {
        lines.add("route /" + type.getAnnotation(Route.class).value() + " (" + type.getName() + ") : " + classRule);
      }
      for (Method method : type.getDeclaredMethods()) {
        if (method.isSynthetic() || Modifier.isPrivate(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        String methodRule = rule(method);
        String effective = methodRule != null ? methodRule : classRule;
        lines.add(describe(type, method) + " : " + (effective == null ? "(no rule)" : effective));
      }
    }
    lines.sort(Comparator.naturalOrder());
    return lines;
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
    return Arrays.stream(allowed.value()).flatMap(value -> AccessRules.rolesOf(value).stream())
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
  }

  private static String describe(Class<?> type, Method method) {
    String signature = type.getName() + "#" + method.getName() + "("
        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    if (!AnnotatedElementUtils.hasAnnotation(type, RestController.class)) {
      return "method " + signature;
    }
    RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
    if (onMethod == null) {
      return "method " + signature;
    }
    RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
    String prefix = onType == null || onType.path().length == 0 ? "" : onType.path()[0];
    String path = onMethod.path().length == 0 ? "" : onMethod.path()[0];
    String verbs = onMethod.method().length == 0 ? "ANY"
        : Arrays.stream(onMethod.method()).map(Enum::name).collect(Collectors.joining(","));
    return "api " + verbs + " " + prefix + path + " (" + signature + ")";
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
}
