package br.org.teia.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Table;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;

/**
 * The module map of docs/architecture.md, enforced on the compiled classes of every module: no
 * cycles at any level, and the layering rules. What a module may use of another is checked by
 * {@link ModulesTest} (Spring Modulith).
 */
class ArchitectureTest {

  private static final JavaClasses TEIA = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("br.org.teia")
      .that(JavaClass.Predicates.resideOutsideOfPackage("br.org.teia.testsupport..")); // test tooling, not the product

  @Test
  void modules_have_no_cycles() {
    slices().matching("br.org.teia.(*)..").should().beFreeOfCycles().check(TEIA);
  }

  @Test
  void features_inside_a_module_have_no_cycles() {
    slices().matching("br.org.teia.(*).(*)..").namingSlices("$1.$2").should().beFreeOfCycles().check(TEIA);
  }

  @Test
  void packages_inside_a_feature_have_no_cycles() {
    slices().matching("br.org.teia.(*).(*).(*)..").namingSlices("$1.$2.$3").should().beFreeOfCycles()
        .allowEmptyShould(true).check(TEIA);
  }

  @Test
  void kernel_depends_on_no_module() {
    noClasses().that().resideInAPackage("br.org.teia.kernel..")
        .should().dependOnClassesThat(DescribedPredicate.describe("belong to another Teia module",
            c -> c.getPackageName().startsWith("br.org.teia.") && !c.getPackageName().startsWith("br.org.teia.kernel")))
        .check(TEIA);
  }

  @Test
  void tenancy_internals_stay_inside_tenancy() {
    // The kernel is an open module (ModulesTest); this one package of it is not.
    noClasses().that().resideOutsideOfPackage("br.org.teia.kernel.tenancy..")
        .should().dependOnClassesThat().resideInAPackage("br.org.teia.kernel.tenancy.internal..")
        .check(TEIA);
  }

  @Test
  void views_never_reach_repositories() {
    noClasses().that().areAnnotatedWith(Route.class)
        .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
        .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
        .check(TEIA);
  }

  @Test
  void repositories_are_used_only_inside_their_feature_package() {
    classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
        .should(beUsedOnlyInTheirOwnPackage())
        .allowEmptyShould(true)
        .check(TEIA);
  }

  @Test
  void every_route_declares_who_may_open_it() {
    classes().that().areAnnotatedWith(Route.class)
        .should().beAnnotatedWith(RolesAllowed.class)
        .orShould().beAnnotatedWith(PermitAll.class)
        .orShould().beAnnotatedWith(AnonymousAllowed.class)
        .orShould().beAnnotatedWith(DenyAll.class)
        .check(TEIA);
  }

  @Test
  void tenant_entities_never_name_a_schema() {
    classes().that().areAnnotatedWith(Table.class).and().resideOutsideOfPackage("br.org.teia.kernel..")
        .should(notNameASchema())
        .allowEmptyShould(true)
        .check(TEIA);
  }

  @Test
  void threads_come_from_the_tenant_aware_executors_only() {
    noClasses().that().resideOutsideOfPackage("br.org.teia.kernel.tenancy.internal..")
        .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread$Builder")
        .check(TEIA);
  }

  @Test
  void security_context_is_read_only_by_the_security_package() {
    noClasses().that().resideOutsideOfPackage("br.org.teia.kernel.security..")
        .should().dependOnClassesThat().haveFullyQualifiedName(
            "org.springframework.security.core.context.SecurityContextHolder")
        .check(TEIA);
  }

  @Test
  void no_legacy_apis() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.transaction..", "javax.persistence..",
            "org.junit", "junit..")
        .check(new ClassFileImporter().importPackages("br.org.teia"));
  }

  private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
    return new ArchCondition<>("be used only in their own package") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        repository.getAccessesToSelf().stream()
            .filter(access -> !access.getOriginOwner().getPackageName().equals(repository.getPackageName()))
            .forEach(access -> events.add(SimpleConditionEvent.violated(access, access.getDescription())));
      }
    };
  }

  private static ArchCondition<JavaClass> notNameASchema() {
    return new ArchCondition<>("not name a schema in @Table") {
      @Override
      public void check(JavaClass entity, ConditionEvents events) {
        Table table = entity.getAnnotationOfType(Table.class);
        if (!table.schema().isEmpty()) {
          events.add(SimpleConditionEvent.violated(entity, entity.getName() + " names schema " + table.schema()));
        }
      }
    };
  }
}
