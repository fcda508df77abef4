package br.org.teia.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every operation of the OpenAPI document as an authorised person of one municipality (its manager and
 * council secretary) with bad input in every place the document names: path and query parameters, and each
 * field of a JSON body, given wrong types, control characters, huge values, injection strings and another
 * municipality's ids. Fails on any 5xx and on any answer carrying the other municipality's data.
 */
@OidcContext
class ApiFuzzIT extends OidcTestBase {

  static final TenantId FUZZER = TenantId.of("3101201"); // Aiuruoca
  static final TenantId VICTIM = TenantId.of("3101300"); // Alagoa

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // Few values, each standing for a class of mistakes, so the walk stays short (every operation x every place).
  static final List<String> TEXTS = List.of("a\u0000b", "x".repeat(3_000), "' OR 1=1 --", "2026-02-30", "-1",
      "9".repeat(40), "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ");
  static final List<JsonNode> VALUES = List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(1.5),
      NODES.numberNode(new java.math.BigInteger("9".repeat(40))), NODES.stringNode("a\u0000b"),
      NODES.stringNode("x".repeat(10_000)), NODES.objectNode(), NODES.arrayNode());

  private final HttpClient client = HttpClient.newHttpClient();
  private final List<String> failures = new ArrayList<>();
  private String secret;
  private final List<String> victimIds = new ArrayList<>();
  private int requests;

  @Test
  void no_operation_answers_a_5xx_or_another_municipalitys_data_whatever_it_is_sent() throws Exception {
    onboarded(FUZZER.ibgeCode());
    onboarded(VICTIM.ibgeCode());
    victimData();
    JsonNode document = JsonMapper.shared().readTree(client.send(HttpRequest.newBuilder(app("/v3/api-docs")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    // One person who runs the municipality and its council, so every tenant operation gets past method security.
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, FUZZER);
    accounts.grantMembership(accounts.findByUsername(subject + "@api.teia.test").orElseThrow().id(), FUZZER,
        Role.COUNCIL_SECRETARY);
    String token = oidc.accessToken(TestOidcServer.Token.forSubject(subject));
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        operations++;
        fuzz(document, operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), token);
      }
    }

    System.out.printf("API fuzz: %d requests to %d operations, %d failures%n", requests, operations, failures.size());
    assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(100);
    assertThat(failures).as("%d requests to %d operations", requests, operations).isEmpty();
  }

  private void victimData() throws Exception {
    secret = "Segredo de Alagoa " + UUID.randomUUID().toString().substring(0, 8);
    String token = token(Role.MUNICIPAL_MANAGER, VICTIM);
    HttpResponse<String> territory = send("POST", "/api/v1/structure/territories", token,
        "{\"name\":\"" + secret + "\",\"estimatedFamilies\":120}");
    assertThat(territory.statusCode()).isEqualTo(201);
    victimIds.add(json(territory).get("id").asString());
    HttpResponse<String> unit = send("POST", "/api/v1/structure/units", token,
        "{\"type\":\"CRAS\",\"name\":\"CRAS " + secret + "\",\"referencedFamilies\":2500,\"services\":[\"PAIF\"]}");
    if (unit.statusCode() == 201) {
      victimIds.add(json(unit).get("id").asString());
    }
  }

  private void fuzz(JsonNode document, String method, String template, JsonNode operation, String token) throws Exception {
    List<JsonNode> parameters = new ArrayList<>();
    operation.path("parameters").forEach(parameters::add);
    List<String> pathValues = new ArrayList<>(TEXTS);
    pathValues.addAll(victimIds);
    pathValues.add(UUID.randomUUID().toString());
    // every path parameter takes each value in turn, the others a fresh id
    if (template.contains("{")) {
      for (String value : pathValues) {
        call(method, path(template, value), operation, document, token, validBody(document, operation));
      }
    } else {
      call(method, template, operation, document, token, validBody(document, operation));
    }
    for (JsonNode parameter : parameters) {
      if (!"query".equals(parameter.path("in").asString())) {
        continue;
      }
      for (String value : TEXTS) {
        String query = "?" + parameter.get("name").asString() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        call(method, path(template, UUID.randomUUID().toString()) + query, operation, document, token,
            validBody(document, operation));
      }
    }
    JsonNode body = validBody(document, operation);
    if (body instanceof ObjectNode object) {
      String target = path(template, victimIds.getFirst());
      String own = path(template, UUID.randomUUID().toString());
      for (String field : object.propertyNames()) {
        for (JsonNode value : VALUES) {
          ObjectNode changed = object.deepCopy();
          changed.set(field, value);
          call(method, own, operation, document, token, changed);
        }
      }
      call(method, target, operation, document, token, object);
      for (JsonNode whole : List.of(NODES.objectNode(), NODES.arrayNode(), NODES.stringNode("x"), NODES.numberNode(1))) {
        call(method, own, operation, document, token, whole);
      }
      call(method, own, operation, document, token, null);
    }
  }

  private static String path(String template, String value) {
    Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
    StringBuilder path = new StringBuilder();
    while (parameter.find()) {
      parameter.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)
          .replace("+", "%20")));
    }
    parameter.appendTail(path);
    return path.toString();
  }

  private void call(String method, String path, JsonNode operation, JsonNode document, String token, JsonNode body)
      throws Exception {
    boolean multipart = operation.path("requestBody").path("content").has("multipart/form-data");
    HttpRequest.Builder request = HttpRequest.newBuilder(app(path)).header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
    if (multipart) {
      request.header("Content-Type", "multipart/form-data; boundary=fuzz")
          .method(method, HttpRequest.BodyPublishers.ofString("--fuzz\r\nContent-Disposition: form-data; name=\"file\"; "
              + "filename=\"a\u0000.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-\u0000\r\n--fuzz--\r\n"));
    } else if (body != null || operation.has("requestBody")) {
      request.header("Content-Type", "application/json").method(method,
          HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString(), StandardCharsets.UTF_8));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    requests++;
    String sent = method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path)
        + (body == null ? "" : " " + abbreviate(body.toString()));
    if (answer.statusCode() >= 500) {
      failures.add(answer.statusCode() + " for " + sent + " -> " + abbreviate(answer.body()));
    }
    if (answer.body() != null && answer.body().contains(secret)) {
      failures.add("other municipality's data for " + sent);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  /** A body shaped as the document says, each field with a plausible value, or null when none is taken. */
  private JsonNode validBody(JsonNode document, JsonNode operation) {
    JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
    return schema.isMissingNode() ? null : example(document, schema, 0);
  }

  private JsonNode example(JsonNode document, JsonNode schema, int depth) {
    if (schema.has("$ref")) {
      String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
      return depth > 4 ? NODES.nullNode() : example(document, document.path("components").path("schemas").path(name), depth + 1);
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    String type = schema.path("type").asString("object");
    String format = schema.path("format").asString("");
    return switch (type) {
      case "string" -> switch (format) {
        case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
        case "date" -> NODES.stringNode("2026-06-15");
        case "date-time" -> NODES.stringNode("2026-06-15T10:00:00Z");
        default -> NODES.stringNode("Fuzz " + UUID.randomUUID().toString().substring(0, 6));
      };
      case "integer" -> NODES.numberNode(1);
      case "number" -> NODES.numberNode(1.25);
      case "boolean" -> NODES.booleanNode(false);
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        if (schema.has("items") && depth < 4) {
          array.add(example(document, schema.get("items"), depth + 1));
        }
        yield array;
      }
      default -> {
        ObjectNode object = NODES.objectNode();
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.entrySet().iterator(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> property = it.next();
          object.set(property.getKey(), example(document, property.getValue(), depth + 1));
        }
        yield object;
      }
    };
  }
}
