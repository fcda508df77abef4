package br.org.teia.testsupport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSRF token a Vaadin page carries for Spring Security ({@code <meta name="_csrf" ...>} and
 * {@code _csrf_parameter}); Vaadin's login form posts it with the user name and password. HTTP
 * tests that sign in read it from the login page as the browser does.
 */
public final class LoginPageCsrf {

  private static final Pattern META = Pattern.compile("<meta\\s+name=\"(_csrf|_csrf_parameter)\"\\s+content=\"([^\"]*)\"");

  private LoginPageCsrf() {}

  /** {@code name=value} ready for a form body, taken from the HTML of the login page. */
  public static String formField(String loginPageHtml) {
    String parameter = meta(loginPageHtml, "_csrf_parameter").orElse("_csrf");
    String token = meta(loginPageHtml, "_csrf")
        .orElseThrow(() -> new IllegalStateException("the login page carries no CSRF token"));
    return parameter + "=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Optional<String> meta(String html, String name) {
    Matcher m = META.matcher(html);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return Optional.of(m.group(2));
      }
    }
    return Optional.empty();
  }
}
