package br.org.teia.kernel.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The "Sobre esta página" text of a routed view: a message key of the view's module bundle saying
 * what the page is for, who uses it and its legal basis where one exists. {@link MainLayout} shows
 * it in the page's header behind a {@code details} element ({@link PageHeader}); every routed view
 * has one (checked by {@code PageHelpTest}).
 */
@Documented
@Inherited // views with method security are created as subclasses (Spring proxies)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PageHelp {

  /** Message key of the text, e.g. {@code council.help.meetings}. */
  String value();
}
