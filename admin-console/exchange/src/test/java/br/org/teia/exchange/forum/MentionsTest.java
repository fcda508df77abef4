package br.org.teia.exchange.forum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void an_at_sign_before_a_login_mentions_it_and_an_e_mail_address_in_the_text_does_not() {
    assertThat(Mentions.in("Oi @Maria.Souza@Pref.mg.gov.br, veja. Escreva para cras@betim.mg.gov.br ou @joao."))
        .containsExactly("maria.souza@pref.mg.gov.br", "joao");
  }

  @Test
  void no_text_mentions_nobody() {
    assertThat(Mentions.in(null)).isEmpty();
    assertThat(Mentions.in("@ sozinho e email@x.com")).isEmpty();
  }
}
