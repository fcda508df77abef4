package br.org.teia.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads public pages ({@code /publico/**}) over real HTTP, as a browser without cookies or
 * JavaScript (or a caching proxy) would, and parses what they answer.
 */
public final class PublicPageClient {

  private final int port;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  public PublicPageClient(int port) {
    this.port = port;
  }

  /** An answer: its status, headers, body and the body parsed as HTML. */
  public record Answer(HttpResponse<String> response, Document page) {

    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    /** The text a person reads in the element with this id, or null when there is none. */
    public String text(String id) {
      var element = page.getElementById(id);
      return element == null ? null : element.text();
    }
  }

  public Answer get(String path) {
    return get(path, Map.of());
  }

  public Answer get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
        .header("Accept", "text/html");
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response, Jsoup.parse(response.body(), "http://localhost:" + port));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
