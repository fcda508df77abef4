package br.org.teia.kernel.security;

import br.org.teia.kernel.web.PlainErrorPage;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A signed-in person's refused request outside Vaadin's own traffic: an address that is no page (the UI
 * chain denies every request it does not know) gets the Portuguese "not found" page, the same as an
 * unknown route, instead of the browser's blank 403; a form without its CSRF token gets a page saying to
 * open it again. Vaadin's internal requests keep the plain 403 its client handles.
 */
class UiAccessDeniedHandler implements AccessDeniedHandler {

  private final RequestUtil vaadinRequests;
  private final AccessDeniedHandler plain = new AccessDeniedHandlerImpl();

  UiAccessDeniedHandler(RequestUtil vaadinRequests) {
    this.vaadinRequests = vaadinRequests;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException, jakarta.servlet.ServletException {
    if (response.isCommitted() || vaadinRequests.isFrameworkInternalRequest(request)) {
      plain.handle(request, response, refused);
    } else if (refused instanceof CsrfException) {
      PlainErrorPage.write(response, HttpServletResponse.SC_FORBIDDEN, PlainErrorPage.Texts.formExpired(), false);
    } else {
      PlainErrorPage.write(response, HttpServletResponse.SC_NOT_FOUND, PlainErrorPage.Texts.of(404), false);
    }
  }
}
