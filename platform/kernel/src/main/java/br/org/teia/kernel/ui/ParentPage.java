package br.org.teia.kernel.ui;

import com.vaadin.flow.component.Component;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page a view sits under (a meeting under the meetings, an inscription under the inscriptions):
 * {@link MainLayout} draws the breadcrumb trail from these declarations, "Início" first, the
 * parents by the labels of their navigation entries, the page itself by its title.
 */
@Documented
@Inherited // views with method security are created as subclasses (Spring proxies)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ParentPage {

  /** The parent view; it has a navigation entry (its label names it in the trail) or a parent itself. */
  Class<? extends Component> value();
}
