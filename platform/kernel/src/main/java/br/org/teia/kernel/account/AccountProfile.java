package br.org.teia.kernel.account;

import br.org.teia.kernel.i18n.Language;

/**
 * The signed-in person's account as "Minha conta" shows it; {@code localPassword} is false for
 * people who sign in only through the external provider (no password to change here).
 */
public record AccountProfile(String displayName, String email, Language language, boolean localPassword) {

  public ProfileForm form() {
    return new ProfileForm(displayName, language);
  }
}
