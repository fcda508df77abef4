package br.org.teia.kernel.web;

import br.org.teia.kernel.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What every public page ({@code /publico/**}: server-rendered HTML, no login, no session; ADR 0019)
 * shares: its language, and the caching a proxy may do. A page's ETag is derived from the facts it
 * shows (the records it was rendered from, the language and the query): when the data changes, the
 * ETag changes; when it did not, a conditional GET gets 304 before anything is rendered. A proxy may
 * keep a page {@link #MAX_AGE_SECONDS} and then asks again with the ETag.
 */
public final class PublicPages {

  /** How long a proxy or browser may show a public page without asking again (then it revalidates). */
  public static final int MAX_AGE_SECONDS = 60;
  public static final String CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS + ", must-revalidate";
  /** A not-found answer is cached too, briefly, so that guessing addresses stays cheap. */
  public static final String NOT_FOUND_CACHE_CONTROL = "public, max-age=" + MAX_AGE_SECONDS;
  /** The template of the friendly not-found page (kernel's {@code templates/public/not-found.html}). */
  public static final String NOT_FOUND_TEMPLATE = "public/not-found";

  /** Part of every ETag: a new release may render the same facts differently. */
  private static final String RELEASE = Objects.requireNonNullElse(PublicPages.class.getPackage().getImplementationVersion(), "dev");

  private PublicPages() {}

  /** The language of the answer: Portuguese unless the browser asks for English (as elsewhere). */
  public static Locale locale(HttpServletRequest request) {
    return Messages.locale(request);
  }

  /** The value of the page's {@code lang} attribute. */
  public static String lang(Locale locale) {
    return locale.toLanguageTag();
  }

  /** A weak ETag (the same facts, not necessarily the same bytes) derived from {@code facts}. */
  public static String etag(Object... facts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(RELEASE.getBytes(StandardCharsets.UTF_8));
      for (Object fact : facts) {
        // records print every component: the text of what the page shows, in a stable order
        sha.update((byte) 0);
        sha.update(String.valueOf(fact).getBytes(StandardCharsets.UTF_8));
      }
      return "W/\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Marks the answer cacheable with {@code etag}, and answers whether the request's If-None-Match
   * already holds it: then the response is a 304 and the caller returns without rendering.
   */
  public static boolean notModified(HttpServletRequest request, HttpServletResponse response, String etag) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    return new ServletWebRequest(request, response).checkNotModified(etag);
  }

  /** Makes the answer the friendly 404 page saying {@code message}; answers the template to render. */
  public static String notFound(HttpServletResponse response, org.springframework.ui.Model model, Locale locale,
      String title, String message) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader(HttpHeaders.CACHE_CONTROL, NOT_FOUND_CACHE_CONTROL);
    model.addAttribute("lang", lang(locale));
    model.addAttribute("title", title);
    model.addAttribute("message", message);
    return NOT_FOUND_TEMPLATE;
  }
}
