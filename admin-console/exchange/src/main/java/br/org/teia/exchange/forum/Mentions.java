package br.org.teia.exchange.forum;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a text mentions: {@code @} followed by a login as Teia keeps it (lower case; logins are
 * often e-mail addresses, so {@code @maria@pref.mg.gov.br} mentions "maria@pref.mg.gov.br"). An
 * {@code @} inside a word (an e-mail address in the text) mentions nobody.
 */
final class Mentions {

  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}._%+@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._+-]*(?:@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)?)");

  private Mentions() {}

  static Set<String> in(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text == null) {
      return names;
    }
    Matcher matcher = MENTION.matcher(text);
    while (matcher.find() && names.size() < 20) {
      names.add(matcher.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
