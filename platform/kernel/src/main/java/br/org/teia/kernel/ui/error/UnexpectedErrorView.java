package br.org.teia.kernel.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A failure while opening a page: a plain apology for the person, the exception for the log. */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    log.error("failure opening /{}", event.getLocation().getPath(), parameter.getCaughtException());
    show("error.unexpected");
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
