package br.org.teia.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.SecurityConfiguration;
import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer.Token;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, proven on every endpoint the application actually registers under /api (so
 * a module's new endpoint is checked the day it appears): each one states its roles with method
 * security, refuses anonymous calls with 401, and gives an account with neither roles nor
 * memberships nothing but 401/403. The only exception is the allow-list of open data
 * ({@link SecurityConfiguration#OPEN_DATA_PATHS}): those endpoints say {@code @PermitAll} themselves,
 * answer GET only, and are checked apart.
 */
@OidcContext
class ApiDenyByDefaultIT extends OidcTestBase {

  private static final Set<Class<? extends Annotation>> METHOD_SECURITY =
      Set.of(RolesAllowed.class, PreAuthorize.class, Secured.class, DenyAll.class);
  private static final Pattern REST_PARAMETER = Pattern.compile("\\*\\*|\\*");

  /** A registered API endpoint, and a concrete request that reaches it. */
  record Endpoint(HandlerMethod handler, RequestMethod method, String path) {
    @Override
    public String toString() {
      return method + " " + path + " -> " + handler.getShortLogMessage();
    }
  }

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void the_api_has_endpoints_to_check() {
    assertThat(endpoints()).extracting(Endpoint::path).contains("/api/v1/me", "/api/v1/tenant", "/api/v1/tenants");
  }

  @Test
  void open_data_is_the_only_allow_listed_api_and_every_endpoint_of_it_is_a_get_that_says_permit_all() {
    assertThat(SecurityConfiguration.OPEN_DATA_PATHS).containsExactly("/api/v1/open-data/**");
    List<Endpoint> open = allEndpoints().stream().filter(ApiDenyByDefaultIT::openData).toList();
    assertThat(open).extracting(Endpoint::path).contains("/api/v1/open-data/indicators");
    assertThat(open).allSatisfy(endpoint -> {
      assertThat(endpoint.method()).as("%s", endpoint).isEqualTo(RequestMethod.GET);
      assertThat(AnnotatedElementUtils.hasAnnotation(endpoint.handler().getMethod(), PermitAll.class)
          || AnnotatedElementUtils.hasAnnotation(endpoint.handler().getBeanType(), PermitAll.class))
          .as("%s says @PermitAll", endpoint).isTrue();
      assertThat(status(endpoint, null)).as("%s answers anonymous callers", endpoint).isIn(200, 404);
    });
  }

  @Test
  void every_api_endpoint_states_its_roles_with_method_security() {
    assertThat(endpoints()).allSatisfy(endpoint -> assertThat(METHOD_SECURITY.stream().anyMatch(annotation ->
            AnnotatedElementUtils.hasAnnotation(endpoint.handler().getMethod(), annotation)
                || AnnotatedElementUtils.hasAnnotation(endpoint.handler().getBeanType(), annotation)))
        .as("%s has none of @RolesAllowed, @PreAuthorize, @Secured, @DenyAll", endpoint)
        .isTrue());
  }

  @Test
  void every_api_endpoint_refuses_an_anonymous_call_with_401() {
    assertThat(endpoints()).allSatisfy(endpoint -> assertThat(status(endpoint, null)).as("%s", endpoint).isEqualTo(401));
  }

  @Test
  void every_api_endpoint_refuses_an_account_without_roles_or_memberships() {
    String nobody = linkedSubject(null);
    String token = oidc.accessToken(Token.forSubject(nobody));

    assertThat(endpoints()).allSatisfy(endpoint -> assertThat(status(endpoint, token)).as("%s", endpoint).isIn(401, 403));
  }

  /** Every endpoint but the allow-listed open data. */
  private List<Endpoint> endpoints() {
    return allEndpoints().stream().filter(endpoint -> !openData(endpoint)).toList();
  }

  private static boolean openData(Endpoint endpoint) {
    return endpoint.path().startsWith("/api/v1/open-data/") || endpoint.path().equals("/api/v1/open-data");
  }

  private List<Endpoint> allEndpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      for (String pattern : patterns(info)) {
        if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
          continue;
        }
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.add(new Endpoint(handler, method, concrete(pattern)));
        }
      }
    });
    return endpoints;
  }

  private static Set<String> patterns(RequestMappingInfo info) {
    return info.getPathPatternsCondition() != null
        ? info.getPathPatternsCondition().getPatternValues()
        : info.getPatternsCondition().getPatterns();
  }

  /** The pattern with every {variable} (honouring its regex, if any) and wildcard filled in. */
  static String concrete(String pattern) {
    StringBuilder path = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c != '{') {
        path.append(c);
        i++;
        continue;
      }
      int depth = 0;
      int end = i;
      do {
        depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
        end++;
      } while (depth > 0);
      String variable = pattern.substring(i + 1, end - 1);
      int colon = variable.indexOf(':');
      String regex = colon < 0 ? null : variable.substring(colon + 1);
      path.append(sample(regex));
      i = end;
    }
    return REST_PARAMETER.matcher(path).replaceAll("x");
  }

  private static String sample(String regex) {
    List<String> candidates = List.of("3106200", UUID.randomUUID().toString(), "1", "x");
    return regex == null ? candidates.getFirst()
        : candidates.stream().filter(candidate -> candidate.matches(regex)).findFirst().orElse(candidates.getFirst());
  }

  private int status(Endpoint endpoint, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(app(endpoint.path()))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .method(endpoint.method().name(), switch (endpoint.method()) {
          case POST, PUT, PATCH -> HttpRequest.BodyPublishers.ofString("{}");
          default -> HttpRequest.BodyPublishers.noBody();
        });
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return answer.statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
