package br.org.teia.kernel.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A {@code main} landmark on every page: {@link MainLayout} wraps its views in one; a page shown
 * without it (sign-in, the public council page, certificate checks) is itself the main landmark,
 * and kept within the window's width ({@code teia-shell.css}).
 */
@Component
class Landmarks implements VaadinServiceInitListener {

  /** The class of a page shown without the layout: the stylesheet keeps it within a phone's width. */
  static final String STANDALONE = "standalone-page";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation -> {
      List<HasElement> chain = navigation.getActiveChain();
      if (!chain.isEmpty() && chain.stream().noneMatch(MainLayout.class::isInstance)) {
        chain.getFirst().getElement().setAttribute("role", "main");
        chain.getFirst().getElement().getClassList().add(STANDALONE);
      }
    }));
  }
}
