package br.org.teia.kernel.ui;

import br.org.teia.kernel.tenancy.DatabaseServers;
import br.org.teia.kernel.ui.form.Actions;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A save refused by PostgreSQL because the municipality is moving to another database server (its
 * connections are read-only meanwhile, ADR 0024) tells the person so, in Portuguese, instead of
 * Vaadin's generic error; every other error goes to Vaadin's default handler as before.
 */
@Component
class ReadOnlyWhileMoving implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
  }

  static final class Handler implements ErrorHandler {
    private final ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void error(ErrorEvent event) {
      UI ui = UI.getCurrent();
      if (ui != null && DatabaseServers.readOnlyRefusal(event.getThrowable())) {
        Actions.refuse(ui.getTranslation("tenant.read-only"));
        return;
      }
      fallback.error(event);
    }
  }
}
