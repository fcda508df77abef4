package br.org.teia.kernel.api;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of a Teia REST endpoint as RFC 9457 problem details, titles and details from the
 * i18n bundles (Portuguese unless the client asks for English), the message key in {@code code}:
 * refusals ({@link TeiaException}, with the form property in {@code field} when a
 * {@link DomainRefusal} names one; status from {@code @ResponseStatus} on the exception or the
 * table below, 422 otherwise), validation errors (400, with the offending fields in
 * {@code errors}), method security refusals (403), and Spring MVC's own errors (405, 415, ...).
 */
@RestControllerAdvice(basePackages = "br.org.teia")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** Kernel refusals with a natural HTTP status; modules annotate their exceptions instead. */
  private static final Map<String, HttpStatus> KERNEL_STATUSES = Map.of(
      "tenant.unknown", HttpStatus.NOT_FOUND,
      "security.tenant.not-member", HttpStatus.FORBIDDEN,
      "tenant.not-active", HttpStatus.CONFLICT,
      "tenant.not-provisioned", HttpStatus.CONFLICT,
      "tenant.duplicate", HttpStatus.CONFLICT,
      "tenant.migration.running", HttpStatus.CONFLICT,
      "tenant.ibge.format", HttpStatus.BAD_REQUEST,
      "tenant.ibge.unknown", HttpStatus.BAD_REQUEST,
      "tenant.uf.unknown", HttpStatus.BAD_REQUEST);

  private final ApiProblems problems;

  ApiExceptionHandler(ApiProblems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(TeiaException.class)
  ResponseEntity<ProblemDetail> refused(TeiaException refusal, HttpServletRequest request) {
    ProblemDetail problem = problems.problem(request, statusOf(refusal), refusal.messageKey(), refusal.arguments());
    DomainRefusal.fieldOf(refusal).ifPresent(field -> problem.setProperty("field", field));
    return answer(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException denied, HttpServletRequest request) {
    return answer(problems.problem(request, HttpStatus.FORBIDDEN, "api.forbidden"));
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException refusal, HttpServletRequest request) {
    return answer(problems.problem(request, HttpStatus.UNAUTHORIZED, "api.unauthenticated"));
  }

  /** Bean validation on a service method ({@code @Validated}). */
  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> invalid(ConstraintViolationException invalid, HttpServletRequest request) {
    List<Map<String, String>> errors = invalid.getConstraintViolations().stream()
        .map(v -> error(v.getPropertyPath().toString(), v.getMessage())).toList();
    return answer(validation(request, errors));
  }

  /** Last resort: logged with its stack trace, answered without it. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
    if (br.org.teia.kernel.tenancy.DatabaseServers.readOnlyRefusal(failure)) {
      // A write while the municipality moves to another database server (ADR 0024): try again shortly.
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problems.problem(request, HttpStatus.SERVICE_UNAVAILABLE, "tenant.read-only"));
    }
    log.error("API request {} failed", request.getRequestURI(), failure);
    return answer(problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.status.500"));
  }

  /** {@code @Valid @RequestBody}: one entry per field (and per object-level rule). */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    invalid.getBindingResult().getFieldErrors().forEach(e -> errors.add(error(e.getField(), e.getDefaultMessage())));
    invalid.getBindingResult().getGlobalErrors().forEach(e -> errors.add(error(e.getObjectName(), e.getDefaultMessage())));
    return answerObject(validation(servletRequest(request), errors));
  }

  /** Constraints on {@code @RequestParam}, {@code @PathVariable} and friends. */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    invalid.getParameterValidationResults().forEach(result -> {
      String name = result.getMethodParameter().getParameterName();
      for (MessageSourceResolvable e : result.getResolvableErrors()) {
        errors.add(error(e instanceof FieldError f ? f.getField() : String.valueOf(name), e.getDefaultMessage()));
      }
    });
    return answerObject(validation(servletRequest(request), errors));
  }

  /**
   * A body that cannot be read: a text field with a control character, or a value of the wrong
   * type (e.g. {@code 1.5} for an integer), answered 400 naming the field; otherwise the generic 400.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    MismatchedInputException mismatch = causeOf(unreadable, MismatchedInputException.class);
    String field = mismatch == null ? "" : mismatch.getPath().stream()
        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()))
        .collect(Collectors.joining("."));
    if (field.isEmpty()) {
      return super.handleHttpMessageNotReadable(unreadable, headers, status, request);
    }
    String key = mismatch instanceof ApiInputConfiguration.ControlCharacterException
        ? "api.input.control-character" : "api.input.field-type";
    return answerObject(problems.problem(servletRequest(request), HttpStatus.BAD_REQUEST, key, field));
  }

  private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Spring MVC's own errors (unknown method, media type, unreadable body...): translated titles and details. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    HttpServletRequest servlet = servletRequest(request);
    String key = problems.statusDetail(Messages.locale(servlet), status).isPresent()
        ? "api.status." + status.value()
        : status.is4xxClientError() ? "api.status.400" : "api.status.500";
    ProblemDetail problem = problems.problem(servlet, status, key);
    return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private ProblemDetail validation(HttpServletRequest request, List<Map<String, String>> errors) {
    ProblemDetail problem = problems.problem(request, HttpStatus.BAD_REQUEST, "api.validation");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message == null ? "" : message);
  }

  private static HttpStatusCode statusOf(TeiaException refusal) {
    ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(refusal.getClass(), ResponseStatus.class);
    if (annotated != null) {
      return annotated.code();
    }
    return KERNEL_STATUSES.getOrDefault(refusal.messageKey(), HttpStatus.UNPROCESSABLE_CONTENT);
  }

  private static HttpServletRequest servletRequest(WebRequest request) {
    return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static ResponseEntity<Object> answerObject(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
