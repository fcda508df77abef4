package br.org.teia.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 for an API request refused by the filter chain: the token is valid, the account holds no Teia role. */
final class ApiAccessDeniedHandler implements AccessDeniedHandler {

  private final ApiProblems problems;
  private final CurrentUser currentUser;

  ApiAccessDeniedHandler(ApiProblems problems, CurrentUser currentUser) {
    this.problems = problems;
    this.currentUser = currentUser;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    boolean noRole = currentUser.authentication().map(a -> a.getAuthorities().isEmpty()).orElse(false);
    problems.write(response, problems.problem(request, HttpStatus.FORBIDDEN, noRole ? "api.no-role" : "api.forbidden"));
  }
}
