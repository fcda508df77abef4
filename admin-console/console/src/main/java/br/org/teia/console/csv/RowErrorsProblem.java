package br.org.teia.console.csv;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused import or list through the console API: 422 problem details whose {@code errors} name
 * each wrong line (number, what it held, the Portuguese reason and its message key). Runs before
 * the kernel's handler, which would report the refusal without its lines.
 */
@RestControllerAdvice(basePackages = "br.org.teia.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class RowErrorsProblem {

  private final ApiProblems problems;
  private final Messages messages;

  RowErrorsProblem(ApiProblems problems, Messages messages) {
    this.problems = problems;
    this.messages = messages;
  }

  @ExceptionHandler(RowErrorsException.class)
  ResponseEntity<ProblemDetail> refused(RowErrorsException refusal, HttpServletRequest request) {
    Locale locale = Messages.locale(request);
    ProblemDetail problem = problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, refusal.messageKey(),
        refusal.arguments());
    List<Map<String, Object>> errors = refusal.errors().stream().map(error -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("line", error.line());
      entry.put("input", error.input());
      entry.put("code", error.messageKey());
      entry.put("message", messages.get(locale, error.messageKey(), error.arguments()));
      return entry;
    }).toList();
    problem.setProperty("errors", errors);
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
