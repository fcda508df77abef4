package br.org.teia.server.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a UI keeps in Flow's state tree (issue 15, Vaadin memory: each node costs about 1.5 kB of a
 * session): the nodes of the drawer's menu and of the whole UI on the views the memory benchmark
 * visits (VaadinMemoryBenchmark.VIEWS), for a municipal manager who sees every link of the menu.
 */
@DemoServerTest
class ShellStateNodesUiIT extends UiTestBase {

  private static final Logger log = LoggerFactory.getLogger(ShellStateNodesUiIT.class);
  private static final List<String> VIEWS = List.of("municipio", "estrutura/unidades", "estrutura/trabalhadores",
      "estrutura/entidades", "conselho/composicao", "conselho/reunioes", "conselho/resolucoes", "fundo/execucao",
      "fundo/controles");

  @Test
  void the_drawer_menu_is_one_state_node_whatever_its_links() {
    TenantId town = onboarded("3138302");
    loginAs(Role.MUNICIPAL_MANAGER, town);

    Map<String, Integer> nodes = new LinkedHashMap<>();
    for (String view : VIEWS) {
      UI.getCurrent().navigate(view);
      nodes.put(view, nodes(UI.getCurrent().getElement().getNode()));
    }
    Component menu = _get(Component.class, spec -> spec.withId("main-nav"));
    int menuNodes = nodes(menu.getElement().getNode());
    log.info("State nodes: drawer menu {}, whole UI by view {}", menuNodes, nodes);

    assertThat(menuNodes).isEqualTo(1);
    assertThat(menu.getElement().getProperty("innerHTML")).contains("vaadin-side-nav-item", "Unidades",
        "path=\"estrutura/unidades\"", "icon=\"vaadin:", "slot=\"prefix\"");
  }

  private static int nodes(StateNode root) {
    AtomicInteger count = new AtomicInteger();
    root.visitNodeTree(node -> count.incrementAndGet());
    return count.get();
  }
}
