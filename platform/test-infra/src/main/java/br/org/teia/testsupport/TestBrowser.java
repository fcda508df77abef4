package br.org.teia.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real HTTP as a browser does it, without a browser: a cookie jar, {@code Accept: text/html}, and
 * redirects followed one by one (at most {@value #MAX_REDIRECTS}), remembering every address
 * visited, so a test can walk a login across two servers and say where it ended.
 */
public final class TestBrowser {

  static final int MAX_REDIRECTS = 20;
  private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final List<URI> visited = new ArrayList<>();

  /** GET, then follow redirects; answers the first response that is no redirect. */
  public HttpResponse<String> open(URI uri) {
    return follow(send(HttpRequest.newBuilder(uri).GET()));
  }

  /** POST an HTML form, then follow redirects. */
  public HttpResponse<String> submit(URI action, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return follow(send(HttpRequest.newBuilder(action)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))));
  }

  /** One request, no redirect followed. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .header("Accept-Language", "pt-BR,pt;q=0.9").build();
    visited.add(built.uri());
    try {
      return http.send(built, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> follow(HttpResponse<String> response) {
    HttpResponse<String> current = response;
    for (int i = 0; i < MAX_REDIRECTS; i++) {
      Optional<String> location = current.headers().firstValue("Location");
      if (current.statusCode() / 100 != 3 || location.isEmpty()) {
        return current;
      }
      current = send(HttpRequest.newBuilder(current.uri().resolve(location.get())).GET());
    }
    throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects: " + visited);
  }

  /** Every address requested so far, in order. */
  public List<URI> visited() {
    return List.copyOf(visited);
  }

  public URI current() {
    return visited.getLast();
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst();
  }

  /** The value of a named {@code <input>} of an HTML page (e.g. the CSRF token of a form). */
  public static Optional<String> inputValue(String html, String name) {
    Matcher inputs = INPUT.matcher(html);
    while (inputs.find()) {
      String tag = inputs.group();
      if (attribute(tag, "name").filter(name::equals).isPresent()) {
        return attribute(tag, "value");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attribute(String tag, String attribute) {
    Matcher value = Pattern.compile("\\b" + attribute + "\\s*=\\s*\"([^\"]*)\"").matcher(tag);
    return value.find() ? Optional.of(value.group(1).replace("&amp;", "&")) : Optional.empty();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
