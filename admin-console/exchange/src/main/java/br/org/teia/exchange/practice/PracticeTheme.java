package br.org.teia.exchange.practice;

/** The SUAS area a practice is about (labels in the bundle: Proteção Social Básica...). */
public enum PracticeTheme {
  BASIC_PROTECTION, SPECIAL_PROTECTION, MANAGEMENT, SURVEILLANCE, BENEFITS, SOCIAL_CONTROL, OTHER;

  public String labelKey() {
    return "exchange.practice.theme." + name();
  }
}
