package br.org.teia.kernel.api;

import br.org.teia.kernel.TeiaException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /api}: a 404 in problem details. Without it the request would
 * fall through to Vaadin, which serves every unknown path as a page.
 */
@RestController
@Hidden
class ApiFallback {

  @RequestMapping(ApiPaths.ROOT + "/**")
  @PreAuthorize("isAuthenticated()")
  public void unknown() {
    throw new UnknownAddressException();
  }

  @ResponseStatus(HttpStatus.NOT_FOUND)
  static class UnknownAddressException extends TeiaException {
    UnknownAddressException() {
      super("api.status.404");
    }
  }
}
