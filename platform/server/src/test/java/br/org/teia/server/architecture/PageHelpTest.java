package br.org.teia.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.ParentPage;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every routed view inside the application's frame says what it is for: a {@link PageHelp} key with a
 * Portuguese and an English text, and a declared {@link ParentPage} is itself a routed view. Pages
 * shown without the frame ({@code autoLayout = false}: sign-in, the public council page, the
 * certificate check) have no page header and are left out.
 */
class PageHelpTest {

  @Test
  void every_routed_view_in_the_frame_has_a_help_text_in_both_languages() throws Exception {
    Properties portuguese = load("classpath*:i18n/*.properties", false);
    Properties english = load("classpath*:i18n/*_en.properties", true);
    List<Class<?>> views = routedViews();
    assertThat(views).as("routed views found on the classpath").hasSizeGreaterThan(25);

    Map<String, String> problems = new TreeMap<>();
    for (Class<?> view : views) {
      if (!view.getAnnotation(Route.class).autoLayout()) {
        continue;
      }
      PageHelp help = view.getAnnotation(PageHelp.class);
      if (help == null) {
        problems.put(view.getName(), "no @PageHelp");
      } else if (!portuguese.containsKey(help.value()) || !english.containsKey(help.value())) {
        problems.put(view.getName(), "no text for " + help.value());
      }
      ParentPage parent = view.getAnnotation(ParentPage.class);
      if (parent != null && !parent.value().isAnnotationPresent(Route.class)) {
        problems.put(view.getName(), "parent " + parent.value().getSimpleName() + " is not a routed view");
      }
    }
    assertThat(problems).as("views without a help text or with a wrong parent").isEmpty();
  }

  private static List<Class<?>> routedViews() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
    List<Class<?>> views = new ArrayList<>();
    for (var candidate : scanner.findCandidateComponents("br.org.teia")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      if (!type.getName().contains(".testsupport.") && !type.getName().endsWith("Test")) {
        views.add(type);
      }
    }
    return views;
  }

  private static Properties load(String pattern, boolean english) throws IOException {
    Properties all = new Properties();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
      boolean isEnglish = resource.getFilename() != null && resource.getFilename().endsWith("_en.properties");
      if (isEnglish == english) {
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
          all.load(reader);
        }
      }
    }
    return all;
  }
}
