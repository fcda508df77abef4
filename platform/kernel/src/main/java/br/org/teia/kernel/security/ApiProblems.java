package br.org.teia.kernel.security;

import br.org.teia.kernel.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Error answers of the REST API: RFC 9457 problem details whose title and detail come from the
 * i18n bundles (Portuguese unless the client asks for English), plus the message key as
 * {@value #CODE} for programs. Used by the security filters, which answer before Spring MVC runs,
 * and by the API's exception handler, so both speak the same shape.
 */
@Component
public class ApiProblems {

  public static final String API_PATH = "/api/";
  /** Extension member carrying the message key: stable, unlike the translated text. */
  public static final String CODE = "code";

  private final Messages messages;

  ApiProblems(Messages messages) {
    this.messages = messages;
  }

  public static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PATH);
  }

  /** Longest text of the client's own input echoed back in an answer (arguments, instance path). */
  public static final int ECHO_LIMIT = 60;

  public ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String key, Object... args) {
    Locale locale = Messages.locale(request);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(locale, key, shortened(args)));
    problem.setTitle(title(locale, status));
    problem.setInstance(URI.create(shortenedPath(request.getRequestURI())));
    problem.setProperty(CODE, key);
    return problem;
  }

  /**
   * Message arguments with every text cut to {@value #ECHO_LIMIT} characters: refusals often echo
   * what the client sent (a code, a claim), and an answer must not grow with a hostile input.
   */
  static Object[] shortened(Object... args) {
    Object[] cut = args.clone();
    for (int i = 0; i < cut.length; i++) {
      if (cut[i] instanceof CharSequence text) {
        cut[i] = shortened(text.toString(), ECHO_LIMIT);
      }
    }
    return cut;
  }

  /** The request path cut to twice the echo limit, never inside a percent escape. */
  static String shortenedPath(String path) {
    int limit = 2 * ECHO_LIMIT;
    if (path.length() <= limit) {
      return path;
    }
    int end = limit;
    int escape = path.lastIndexOf('%', end - 1);
    if (escape >= 0 && escape > end - 3) {
      end = escape;
    }
    return path.substring(0, end) + "...";
  }

  static String shortened(String text, int limit) {
    return text.length() <= limit ? text : text.substring(0, limit) + "…";
  }

  /** The bundle's title for the status, else the HTTP reason phrase. */
  public String title(Locale locale, HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return messages.find(locale, "api.title." + status.value())
        .orElse(known == null ? String.valueOf(status.value()) : known.getReasonPhrase());
  }

  /** The bundle's generic detail for the status, if it has one. */
  public java.util.Optional<String> statusDetail(Locale locale, HttpStatusCode status) {
    return messages.find(locale, "api.status." + status.value());
  }

  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    if (problem.getType() != null) {
      body.put("type", problem.getType().toString()); // absent means about:blank (RFC 9457)
    }
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JsonMapper.shared().writeValue(response.getOutputStream(), body);
  }

  /**
   * A text fit for an RFC 6750 {@code error_description}: accents folded (ç -> c) and anything
   * outside the printable ASCII the RFC allows replaced, so the header is never mangled.
   */
  public static String headerSafe(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder safe = new StringBuilder(folded.length());
    for (char c : folded.toCharArray()) {
      boolean allowed = c >= 0x20 && c <= 0x7E && c != '"' && c != '\\';
      safe.append(allowed ? c : (c == '"' ? '\'' : ' '));
    }
    return safe.toString().strip();
  }
}
