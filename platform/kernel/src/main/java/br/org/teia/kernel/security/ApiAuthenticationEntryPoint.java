package br.org.teia.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 (or 400 for a malformed request) for the API: the RFC 6750 challenge in
 * {@code WWW-Authenticate} (with an ASCII {@code error_description}) and a problem-details body
 * that says in the client's language why the token was refused.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final ApiProblems problems;

  ApiAuthenticationEntryPoint(ApiProblems problems) {
    this.problems = problems;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
      throws IOException {
    HttpStatusCode status = HttpStatus.UNAUTHORIZED;
    List<String> challenge = new ArrayList<>();
    ProblemDetail problem;
    if (refusal instanceof RefusedTokenException refused) {
      problem = problems.problem(request, status, refused.messageKey(), refused.arguments());
      challenge.add("error=\"" + refused.getError().getErrorCode() + "\"");
      challenge.add("error_description=\"" + ApiProblems.headerSafe(problem.getDetail()) + "\"");
    } else if (refusal instanceof OAuth2AuthenticationException oauth) {
      OAuth2Error error = oauth.getError();
      if (error instanceof BearerTokenError bearer) {
        status = bearer.getHttpStatus();
      }
      problem = problems.problem(request, status,
          status.value() == HttpStatus.UNAUTHORIZED.value() ? "api.token.invalid" : "api.status.400");
      challenge.add("error=\"" + error.getErrorCode() + "\"");
      if (error.getDescription() != null) {
        challenge.add("error_description=\"" + ApiProblems.headerSafe(error.getDescription()) + "\"");
      }
    } else {
      problem = problems.problem(request, status, "api.unauthenticated"); // no token at all: a bare challenge
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
        challenge.isEmpty() ? "Bearer" : "Bearer " + String.join(", ", challenge));
    problems.write(response, problem);
  }
}
