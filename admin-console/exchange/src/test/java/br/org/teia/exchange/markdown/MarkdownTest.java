package br.org.teia.exchange.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void markdown_becomes_formatted_html() {
    assertThat(Markdown.toSafeHtml("# Reunião\n\n**Pauta** e *ata*:\n\n- item [portal](https://www.gov.br/mds)"))
        .contains("<h1>Reunião</h1>", "<strong>Pauta</strong>", "<em>ata</em>", "<li>", "href=\"https://www.gov.br/mds\"");
  }

  @Test
  void scripts_and_event_handlers_are_stripped() {
    String html = Markdown.toSafeHtml("""
        Olá <script>alert('x')</script>

        <img src="x" onerror="alert(1)"> <p onclick="alert(2)">texto</p>

        <a href="javascript:alert(3)">clique</a> [outro](javascript:alert(4))
        """);

    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(")
        .doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick")
        .doesNotContainIgnoringCase("javascript:").doesNotContain("<img")
        .contains("Olá", "texto", "clique", "outro");
  }

  @Test
  void nothing_is_empty() {
    assertThat(Markdown.toSafeHtml(null)).isEmpty();
    assertThat(Markdown.toSafeHtml("  ")).isEmpty();
  }
}
