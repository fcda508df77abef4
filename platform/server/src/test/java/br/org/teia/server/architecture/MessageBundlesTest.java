package br.org.teia.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's Portuguese and English bundles stay in step: the same keys, no empty text, the
 * same placeholders; and every message key written in the code exists, so no screen ever shows a
 * key instead of a sentence (the message source falls back to the key rather than failing a page).
 */
class MessageBundlesTest {

  /**
   * A key literal handed to a translation (getTranslation, a refusal, the message source), e.g.
   * {@code getTranslation("council.meeting.saved")}; a trailing dot is a prefix completed in code.
   */
  private static final Pattern KEY_LITERAL = Pattern.compile(
      "(?:getTranslation|Exception|Refusal|\\.get|\\.message)\\(\\s*\"((?:kernel|structure|council|console|fund|training|exchange)\\.[A-Za-z0-9_.-]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  @Test
  void every_bundle_has_the_same_keys_in_portuguese_and_english() {
    Map<String, Properties> portuguese = bundles();
    assertThat(portuguese).as("module bundles on the classpath").containsKeys("kernel", "structure", "council", "console");
    for (var bundle : portuguese.entrySet()) {
      Properties english = load("classpath*:i18n/" + bundle.getKey() + "_en.properties");
      Set<String> pt = keys(bundle.getValue());
      Set<String> en = keys(english);
      assertThat(difference(pt, en)).as("keys of %s missing in English", bundle.getKey()).isEmpty();
      assertThat(difference(en, pt)).as("keys of %s_en missing in Portuguese", bundle.getKey()).isEmpty();
    }
  }

  @Test
  void no_message_is_empty_and_both_languages_take_the_same_arguments() {
    for (var bundle : bundles().entrySet()) {
      Properties english = load("classpath*:i18n/" + bundle.getKey() + "_en.properties");
      for (String key : keys(bundle.getValue())) {
        String pt = bundle.getValue().getProperty(key);
        String en = english.getProperty(key, "");
        assertThat(pt).as("Portuguese text of %s", key).isNotBlank();
        assertThat(en).as("English text of %s", key).isNotBlank();
        assertThat(placeholders(en)).as("placeholders of %s in English against Portuguese", key)
            .isEqualTo(placeholders(pt));
        new MessageFormat(pt); // throws on a malformed pattern, as the page would
        new MessageFormat(en);
      }
    }
  }

  /** "dia(s)", "reunião(ões)", "seat(s)": a count's noun is chosen with a choice format instead. */
  private static final Pattern PLURAL_HACK = Pattern.compile("\\p{L}\\((?:s|es|ões|is)\\)");
  /** A bare count placeholder before a plural noun ("{2} abstenções", "{0} days") reads "1 abstenções". */
  private static final Pattern COUNT_BEFORE_PLURAL = Pattern.compile("\\{(\\d+)\\}\\s+(\\p{Ll}+(?:s|ões))\\b");
  /** Words ending like a plural that are no noun after a count ("{3} às 14h", "Dados de {0} salvos"). */
  private static final Set<String> NOT_PLURAL_NOUNS = Set.of("às", "salvos");

  @Test
  void counts_choose_their_noun_with_a_choice_format_instead_of_a_plural_in_parentheses() {
    Map<String, String> wrong = new TreeMap<>();
    for (var bundle : bundles().entrySet()) {
      Properties english = load("classpath*:i18n/" + bundle.getKey() + "_en.properties");
      for (String key : keys(bundle.getValue())) {
        String portuguese = bundle.getValue().getProperty(key);
        for (String message : List.of(portuguese, english.getProperty(key, ""))) {
          if (PLURAL_HACK.matcher(message).find()) {
            wrong.put(key, message);
          }
        }
        Matcher count = COUNT_BEFORE_PLURAL.matcher(portuguese); // English verbs end in -s too ("{0} holds")
        while (count.find()) {
          boolean chosen = portuguese.contains("{" + count.group(1) + ",choice,");
          boolean insideAChoice = depth(portuguese, count.start()) > 0; // a branch already chose its words
          if (!chosen && !insideAChoice && !NOT_PLURAL_NOUNS.contains(count.group(2))) {
            wrong.put(key, portuguese);
          }
        }
      }
    }
    assertThat(wrong).as("messages whose count would read \"1 abstenções\" or \"dia(s)\": use {n,choice,0#...|1#...|1<...}")
        .isEmpty();
  }

  @Test
  void an_apostrophe_in_a_message_with_arguments_is_doubled_so_message_format_keeps_it() {
    Map<String, String> wrong = new TreeMap<>();
    for (var bundle : bundles().entrySet()) {
      Properties english = load("classpath*:i18n/" + bundle.getKey() + "_en.properties");
      for (String key : keys(bundle.getValue())) {
        for (String message : List.of(bundle.getValue().getProperty(key), english.getProperty(key, ""))) {
          if (!placeholders(message).isEmpty() && message.replace("''", "").contains("'")) {
            wrong.put(key, message); // "council's" with arguments would show "councils law"
          }
        }
      }
    }
    assertThat(wrong).as("messages with arguments whose single apostrophe MessageFormat would swallow").isEmpty();
  }

  @Test
  void a_count_reads_in_the_singular_and_in_the_plural_with_portuguese_digits() {
    var pt = new MessageFormat(bundles().get("council").getProperty("council.ui.votes-value"), Locale.of("pt", "BR"));
    assertThat(pt.format(new Object[] {3, 0, 1})).isEqualTo("3 a favor, 0 contra, 1 abstenção");
    assertThat(pt.format(new Object[] {3, 0, 2})).isEqualTo("3 a favor, 0 contra, 2 abstenções");
    assertThat(pt.format(new Object[] {18500, 0, 0})).isEqualTo("18.500 a favor, 0 contra, nenhuma abstenção");
  }

  @Test
  void every_key_written_in_the_code_exists() throws IOException {
    Set<String> known = new TreeSet<>();
    bundles().values().forEach(p -> known.addAll(keys(p)));
    Map<String, String> missing = new TreeMap<>();
    for (Path source : mainSources()) {
      Matcher m = KEY_LITERAL.matcher(Files.readString(source));
      while (m.find()) {
        String key = m.group(1);
        boolean prefix = key.endsWith(".") || known.stream().anyMatch(k -> k.startsWith(key + "."));
        if (!known.contains(key) && !prefix) {
          missing.putIfAbsent(key, source.getFileName().toString());
        }
      }
    }
    assertThat(missing).as("message keys used in the code but absent from every bundle (key -> file)").isEmpty();
  }

  @Test
  void every_translation_in_the_code_gets_as_many_arguments_as_its_message_has_placeholders() throws IOException {
    Properties portuguese = new Properties();
    bundles().values().forEach(portuguese::putAll);
    Map<String, String> wrong = new TreeMap<>();
    for (Path source : mainSources()) {
      String code = Files.readString(source);
      for (int at = code.indexOf("getTranslation("); at >= 0; at = code.indexOf("getTranslation(", at + 1)) {
        List<String> arguments = arguments(code, at + "getTranslation(".length());
        String key = arguments.getFirst();
        String message = key.matches("\"[^\"]+\"") ? portuguese.getProperty(key.substring(1, key.length() - 1)) : null;
        boolean spread = arguments.size() == 2 && arguments.get(1).matches(".*(arguments\\(\\)|args)"); // an Object[]
        if (message == null || spread) {
          continue;
        }
        int needed = placeholders(message).stream().mapToInt(Integer::parseInt).max().orElse(-1) + 1;
        if (arguments.size() - 1 != needed) {
          wrong.put(key + " in " + source.getFileName(), needed + " placeholders, " + (arguments.size() - 1) + " arguments");
        }
      }
    }
    assertThat(wrong).as("translations whose arguments do not fill their message (a page would show {n})").isEmpty();
  }

  /** How many braces are open at {@code at} (more than 0: inside a placeholder, e.g. a choice branch). */
  private static int depth(String message, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      depth += message.charAt(i) == '{' ? 1 : message.charAt(i) == '}' ? -1 : 0;
    }
    return depth;
  }

  /** The top-level arguments of the call whose argument list starts at {@code from}, as source text. */
  private static List<String> arguments(String code, int from) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') { // a literal: copied whole, brackets and commas inside do not count
        int end = i + 1;
        while (code.charAt(end) != c) {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        current.append(code, i, end + 1);
        i = end;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth-- == 0) {
          break;
        }
      } else if (c == ',' && depth == 0) {
        arguments.add(current.toString().strip());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    arguments.add(current.toString().strip());
    return arguments;
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Set<String> keys(Properties properties) {
    return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
  }

  /** Portuguese base bundles by name ("council" for i18n/council.properties). */
  private static Map<String, Properties> bundles() {
    try {
      Map<String, Properties> byName = new TreeMap<>();
      for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
        String name = r.getFilename().replace(".properties", "");
        if (!name.contains("_")) {
          byName.put(name, load("classpath*:i18n/" + name + ".properties"));
        }
      }
      return byName;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(String pattern) {
    try {
      Properties properties = new Properties();
      for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (var reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The main Java sources of every module of the repository (the test runs in platform/server). */
  private static Set<Path> mainSources() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent().getParent();
    try (Stream<Path> files = Files.walk(root)) {
      Set<Path> sources = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/main/java/"))
          .filter(p -> !p.toString().contains("/target/"))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(sources).as("main sources found under %s", root).hasSizeGreaterThan(100);
      return sources;
    }
  }
}
