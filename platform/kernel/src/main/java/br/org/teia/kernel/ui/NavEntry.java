package br.org.teia.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One navigation entry: a message key for its label, the view it opens, an icon and a position. */
public record NavEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order) {}
