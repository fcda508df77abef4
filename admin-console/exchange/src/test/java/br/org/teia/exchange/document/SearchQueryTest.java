package br.org.teia.exchange.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void each_word_is_looked_for_in_its_singular_and_plural() {
    List<Set<String>> words = SearchQuery.words("Benefício eventual");
    assertThat(words).hasSize(2);
    assertThat(words.get(0)).contains("benefício", "benefícios");
    assertThat(words.get(1)).contains("eventual", "eventuais");
    assertThat(SearchQuery.words("benefícios eventuais").get(1)).contains("eventuais", "eventual");
    assertThat(SearchQuery.words("orientações").getFirst()).contains("orientações", "orientaçao");
    assertThat(SearchQuery.singular("orientações")).isEqualTo("orientaçao");
    assertThat(SearchQuery.plural("conselho")).isEqualTo("conselhos");
    assertThat(SearchQuery.plural("margem")).isEqualTo("margens");
  }

  @Test
  void punctuation_and_one_letter_words_are_left_out() {
    assertThat(SearchQuery.words("  a, CRAS!  ")).singleElement().satisfies(forms -> assertThat(forms).contains("cras"));
    assertThat(SearchQuery.words(null)).isEmpty();
  }
}
