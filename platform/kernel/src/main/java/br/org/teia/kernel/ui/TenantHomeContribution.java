package br.org.teia.kernel.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A module adds a panel to the municipality's home page by declaring a bean of this type (like
 * {@link NavigationContributor} for the menu). {@link #panel()} runs for every visit, in the
 * municipality's scope, as the signed-in person: it returns nothing when the person may not see it.
 */
public interface TenantHomeContribution {

  /** Where the panel goes among the others (lower first). */
  default int order() {
    return 100;
  }

  Optional<Component> panel();
}
