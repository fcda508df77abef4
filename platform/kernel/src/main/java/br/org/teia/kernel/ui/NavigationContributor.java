package br.org.teia.kernel.ui;

import java.util.List;

/**
 * A module adds its entries to the main navigation by declaring a bean of this type. The layout
 * shows an entry only if the user may open its view (the view's own access annotation decides).
 */
public interface NavigationContributor {

  List<NavEntry> entries();
}
