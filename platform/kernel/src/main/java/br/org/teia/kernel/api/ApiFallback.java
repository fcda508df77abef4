package br.org.teia.kernel.api;

import br.org.teia.kernel.TeiaException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any other address under {@code /api}: a 404 in problem details. Without it the request would
 * fall through to Vaadin, which serves every unknown path as a page. An address that exists for
 * other methods (a PATCH where only PUT is mapped) answers 405 with {@code Allow}, as it would
 * without this catch-all.
 */
@RestController
@Hidden
class ApiFallback {

  /** Spring MVC's mappings; absent where there is no web server (operator commands). */
  private final ObjectProvider<RequestMappingHandlerMapping> mappings;

  ApiFallback(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
    this.mappings = mappings;
  }

  @RequestMapping(ApiPaths.ROOT + "/**")
  @PreAuthorize("isAuthenticated()")
  public void unknown() throws HttpRequestMethodNotSupportedException {
    HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    Set<String> allowed = new TreeSet<>();
    mappings.getObject().getHandlerMethods().forEach((info, handler) -> {
      if (!handler.getBeanType().equals(ApiFallback.class) && matchesPath(info, request)) {
        info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(allowed::add);
      }
    });
    if (!allowed.isEmpty()) {
      throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
    }
    throw new UnknownAddressException();
  }

  private static boolean matchesPath(RequestMappingInfo info, HttpServletRequest request) {
    return info.getPathPatternsCondition() != null && info.getPathPatternsCondition().getMatchingCondition(request) != null;
  }

  @ResponseStatus(HttpStatus.NOT_FOUND)
  static class UnknownAddressException extends TeiaException {
    UnknownAddressException() {
      super("api.status.404");
    }
  }
}
