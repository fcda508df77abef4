package br.org.teia.kernel.ui;

import br.org.teia.kernel.task.TenantScopeTaskDecorator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.util.concurrent.Future;

/**
 * {@code UI.access} for background work (push, long tasks): the command runs with the tenant scope
 * and login of the code that asked for it, captured now and cleared when the command ends. Vaadin
 * runs such commands outside any HTTP request, where the request filter cannot set the tenant.
 */
public final class TenantUiAccess {

  private static final TenantScopeTaskDecorator DECORATOR = new TenantScopeTaskDecorator();

  private TenantUiAccess() {}

  public static Future<Void> access(UI ui, Command command) {
    Runnable inCallersScope = DECORATOR.decorate(command::execute);
    return ui.access(inCallersScope::run);
  }
}
