package br.org.teia.kernel.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** Page-level settings: language for screen readers and a viewport for phones. */
public class TeiaAppShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setViewport("width=device-width, initial-scale=1");
    settings.addMetaTag("description", "Teia: gestão do SUAS nos municípios");
  }
}
