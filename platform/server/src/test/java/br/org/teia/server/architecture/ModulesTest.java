package br.org.teia.server.architecture;

import br.org.teia.TeiaApplication;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules as Spring Modulith sees them (kernel, structure, council, console,
 * server): no cycles, and a module uses another only through what it publishes (the kernel is open;
 * a tenant module publishes its {@code api} package). Writes the module diagrams and canvases to
 * {@code docs/modules}, so the docs follow the code.
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(TeiaApplication.class,
      JavaClass.Predicates.resideInAPackage("br.org.teia.testsupport.."));

  @Test
  void modules_respect_each_others_published_interfaces() {
    MODULES.verify();
  }

  @Test
  void module_documentation_is_written_from_the_code() throws IOException {
    String docs = Path.of("").toAbsolutePath().getParent().getParent().resolve("docs/modules").toString();
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    stableRelationOrder(Path.of(docs));
  }

  /**
   * Spring Modulith writes a diagram's relations in an order that changes from run to run; sorted, the
   * files change only when the modules do.
   */
  private static void stableRelationOrder(Path docs) throws IOException {
    try (Stream<Path> files = Files.list(docs)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        List<String> lines = Files.readAllLines(file);
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        Iterator<String> sorted = relations.iterator();
        List<String> rewritten = lines.stream().map(line -> line.startsWith("Rel(") ? sorted.next() : line).toList();
        Files.write(file, rewritten);
      }
    }
  }
}
