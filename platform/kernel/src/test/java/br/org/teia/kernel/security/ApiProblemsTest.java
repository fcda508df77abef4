package br.org.teia.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiProblemsTest {

  @Test
  void challenge_header_keeps_portuguese_readable_without_accents() {
    assertThat(ApiProblems.headerSafe("A conta não tem acesso ao município 3106705 indicado no token."))
        .isEqualTo("A conta nao tem acesso ao municipio 3106705 indicado no token.");
  }

  @Test
  void quotes_backslashes_and_line_breaks_cannot_break_out_of_the_challenge_header() {
    assertThat(ApiProblems.headerSafe("código \"9\\9\"\r\nSet-Cookie: x")).isEqualTo("codigo '9 9'  Set-Cookie: x");
  }
}
