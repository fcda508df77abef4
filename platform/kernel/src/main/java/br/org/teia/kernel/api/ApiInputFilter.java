package br.org.teia.kernel.api;

import br.org.teia.kernel.security.ApiProblems;
import br.org.teia.kernel.security.PlainText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request parameters of the REST API, checked once for every endpoint (after security: a caller
 * without a token still gets 401 first):
 * <ul>
 *   <li>no control characters ({@link PlainText}) in any parameter: 400 naming it;
 *   <li>paging parameters ({@value #PAGE}, {@value #SIZE}, {@code offset}, {@code limit}) are
 *       whole numbers from 0, and the row offset they make fits an {@code int}: else 400;
 *   <li>{@value #SIZE} and {@code limit} above {@value #MAX_PAGE_SIZE} are read as
 *       {@value #MAX_PAGE_SIZE}.
 * </ul>
 */
@Component
class ApiInputFilter extends OncePerRequestFilter {

  static final String PAGE = "page";
  static final String SIZE = "size";
  static final int MAX_PAGE_SIZE = 200;
  private static final Set<String> PAGING = Set.of(PAGE, SIZE, "offset", "limit");
  private static final Set<String> SIZES = Set.of(SIZE, "limit");

  private final ApiProblems problems;

  ApiInputFilter(ApiProblems problems) {
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ApiProblems.isApi(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, String[]> capped = new LinkedHashMap<>();
    long page = 0;
    long size = 1;
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String name = parameter.getKey();
      if (!PlainText.isAllowed(name)) {
        refuse(request, response, "api.input.control-character", "?");
        return;
      }
      for (String value : parameter.getValue()) {
        if (value != null && !PlainText.isAllowed(value)) {
          refuse(request, response, "api.input.control-character", name);
          return;
        }
      }
      if (!PAGING.contains(name)) {
        continue;
      }
      long number = wholeNumber(parameter.getValue());
      if (number < 0 || number > Integer.MAX_VALUE) {
        refuse(request, response, "api.input.paging", name, MAX_PAGE_SIZE);
        return;
      }
      if (SIZES.contains(name) && number > MAX_PAGE_SIZE) {
        number = MAX_PAGE_SIZE;
        capped.put(name, new String[] {String.valueOf(MAX_PAGE_SIZE)});
      }
      if (name.equals(PAGE)) {
        page = number;
      } else if (name.equals(SIZE)) {
        size = Math.max(1, number);
      }
    }
    if (page * size > Integer.MAX_VALUE) { // the row offset a database query would be asked for
      refuse(request, response, "api.input.paging", PAGE, MAX_PAGE_SIZE);
      return;
    }
    chain.doFilter(capped.isEmpty() ? request : new Capped(request, capped), response);
  }

  /** The single value as a whole number; -1 when absent, repeated or not a number. */
  private static long wholeNumber(String[] values) {
    if (values.length != 1 || values[0] == null || !values[0].strip().matches("\\d{1,18}")) {
      return -1;
    }
    return Long.parseLong(values[0].strip());
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String key, Object... args)
      throws IOException {
    problems.write(response, problems.problem(request, HttpStatus.BAD_REQUEST, key, args));
  }

  /** The request with some parameters replaced (page sizes over the cap). */
  private static final class Capped extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    Capped(HttpServletRequest request, Map<String, String[]> replaced) {
      super(request);
      Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
      all.putAll(replaced);
      this.parameters = Collections.unmodifiableMap(all);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
