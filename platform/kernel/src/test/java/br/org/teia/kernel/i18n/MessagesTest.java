package br.org.teia.kernel.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class MessagesTest {

  @Test
  void a_request_without_accept_language_is_answered_in_portuguese_whatever_the_jvm_locale() {
    assertThat(Messages.locale(new MockHttpServletRequest())).isEqualTo(I18nConfiguration.PT_BR);
  }

  @Test
  void english_only_when_the_request_asks_for_it() {
    MockHttpServletRequest english = new MockHttpServletRequest();
    english.addHeader("Accept-Language", "en-GB,en;q=0.8");
    english.addPreferredLocale(Locale.UK);
    MockHttpServletRequest french = new MockHttpServletRequest();
    french.addHeader("Accept-Language", "fr");
    french.addPreferredLocale(Locale.FRENCH);

    assertThat(Messages.locale(english)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.locale(french)).isEqualTo(I18nConfiguration.PT_BR);
  }
}
