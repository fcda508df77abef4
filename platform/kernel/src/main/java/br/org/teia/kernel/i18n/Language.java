package br.org.teia.kernel.i18n;

import java.util.Arrays;
import java.util.Locale;

/**
 * The languages a person may choose for the interface ("Minha conta"), stored on the account by
 * {@link #tag()}: Brazilian Portuguese unless they chose English, whatever the browser asks.
 */
public enum Language {
  PT_BR("pt-BR", I18nConfiguration.PT_BR),
  EN("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** As stored in {@code platform.account.language}. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /** Bundle key of the language's name, written in that language (as language choosers do). */
  public String labelKey() {
    return "language." + tag;
  }

  /** The language stored as {@code tag}; Portuguese for anything else (null included). */
  public static Language of(String tag) {
    return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst().orElse(PT_BR);
  }

  /** The language of a locale: English for any English, Portuguese otherwise. */
  public static Language of(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? EN : PT_BR;
  }
}
