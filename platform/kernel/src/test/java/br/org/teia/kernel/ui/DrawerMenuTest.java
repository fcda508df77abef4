package br.org.teia.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The drawer's menu keeps only its markup, one string for every UI with the same menu (issue 15, Vaadin memory). */
class DrawerMenuTest {

  private static final List<DrawerMenu.Link> LINKS = List.of(
      new DrawerMenu.Link("Unidades", "estrutura/unidades", "vaadin:building"),
      new DrawerMenu.Link("Execução & saldo <2026>", "fundo/execucao", "vaadin:money"));

  @BeforeEach
  void open() {
    MockVaadin.setup();
  }

  @AfterEach
  void close() {
    MockVaadin.tearDown();
  }

  @Test
  void two_menus_with_the_same_links_share_one_markup_string() {
    String first = new DrawerMenu("Navegação principal", LINKS).getElement().getProperty("innerHTML");
    String second = new DrawerMenu("Navegação principal", List.copyOf(LINKS)).getElement().getProperty("innerHTML");

    assertThat(second).isSameAs(first);
    assertThat(first).contains("<vaadin-side-nav-item path=\"fundo/execucao\">",
        "<vaadin-icon icon=\"vaadin:money\" slot=\"prefix\"></vaadin-icon>Execução &amp; saldo &lt;2026&gt;");
  }

  @Test
  void its_labels_are_read_back_from_the_markup() {
    assertThat(new DrawerMenu("Navegação principal", LINKS).labels())
        .containsExactly("Unidades", "Execução & saldo <2026>");
  }
}
