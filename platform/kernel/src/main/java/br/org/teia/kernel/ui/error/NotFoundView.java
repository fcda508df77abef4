package br.org.teia.kernel.ui.error;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that does not exist, or a page the person may not open: the same answer, so that nobody
 * learns which addresses exist (Vaadin's own page lists every route in development mode).
 */
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    show("error.not-found");
    return HttpServletResponse.SC_NOT_FOUND;
  }

  /** A refused page, answered as one that does not exist. */
  @AnonymousAllowed
  public static class Refused extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
      show("error.not-found");
      return HttpServletResponse.SC_NOT_FOUND;
    }
  }
}
