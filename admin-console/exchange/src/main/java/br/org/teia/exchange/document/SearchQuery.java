package br.org.teia.exchange.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a search, each with its Portuguese singular and plural: PostgreSQL's Portuguese
 * stemmer gives "eventual" and "eventuais" different stems, so the query asks for either form of
 * each word (and every word). Accents are left to the database's unaccent.
 */
public final class SearchQuery {

  private SearchQuery() {}

  /** For each word of {@code text} (at most ten), the forms to look for. */
  public static List<Set<String>> words(String text) {
    List<Set<String>> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() < 2 || words.size() == 10) {
        continue;
      }
      Set<String> forms = new LinkedHashSet<>();
      forms.add(word);
      forms.add(plural(word));
      forms.add(singular(word));
      words.add(forms);
    }
    return words;
  }

  static String plural(String word) {
    String plain = plain(word);
    if (plain.endsWith("ao")) {
      return word.substring(0, word.length() - 2) + "oes";
    }
    if (plain.matches(".*[aeou]l")) {
      return word.substring(0, word.length() - 1) + "is";
    }
    if (plain.endsWith("m")) {
      return word.substring(0, word.length() - 1) + "ns";
    }
    if (plain.endsWith("r") || plain.endsWith("z")) {
      return word + "es";
    }
    return plain.endsWith("s") ? word : word + "s";
  }

  static String singular(String word) {
    String plain = plain(word);
    if (plain.endsWith("oes") || plain.endsWith("aes")) {
      return word.substring(0, word.length() - 3) + "ao";
    }
    if (plain.matches(".*[aeou]is") && plain.length() > 4) {
      return word.substring(0, word.length() - 2) + "l";
    }
    if (plain.endsWith("ns")) {
      return word.substring(0, word.length() - 2) + "m";
    }
    if (plain.endsWith("res") || plain.endsWith("zes")) {
      return word.substring(0, word.length() - 2);
    }
    return plain.endsWith("s") && plain.length() > 3 ? word.substring(0, word.length() - 1) : word;
  }

  private static String plain(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
