package br.org.teia.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mix of requests of the load benchmark, at one rate (an open model: {@code teia.load.rate}
 * arrivals a second for {@code teia.load.seconds}, one request each, whatever the latency). Run by
 * {@link br.org.teia.benchmarks.LoadBenchmark}, which prepares the application, the people
 * ({@code teia.load.people}: CSV of token and municipality, tokens from the test OIDC issuer) and the
 * public addresses ({@code teia.load.public}: CSV of a council page path), then reads the figures.
 *
 * <ul>
 *   <li>REST API by people of random municipalities: list units (30%), the structure dashboard (10%),
 *       create a unit (10%, a write);
 *   <li>public pages without login: a council's page (25%), a municipality's councils (10%);
 *   <li>open data: the published indicators (15%).
 * </ul>
 */
public class MixedLoadSimulation extends Simulation {

  static final String BASE = System.getProperty("teia.load.base", "http://localhost:8080");
  static final double RATE = Double.parseDouble(System.getProperty("teia.load.rate", "50"));
  static final int SECONDS = Integer.getInteger("teia.load.seconds", 20);

  HttpProtocolBuilder protocol = http.baseUrl(BASE)
      .acceptLanguageHeader("pt-BR,pt")
      .userAgentHeader("teia-load-benchmark")
      .shareConnections(); // as behind a reverse proxy: kept-alive connections, not one per visitor

  ScenarioBuilder mix = scenario("mix")
      .feed(csv(System.getProperty("teia.load.people")).random())
      .feed(csv(System.getProperty("teia.load.public")).random())
      .randomSwitch().on(
          percent(30).then(exec(http("API: list units").get("/api/v1/structure/units?size=20")
              .header("Authorization", "Bearer #{token}").header("Accept", "application/json").check(status().is(200)))),
          percent(10).then(exec(http("API: structure dashboard").get("/api/v1/structure/dashboard")
              .header("Authorization", "Bearer #{token}").header("Accept", "application/json").check(status().is(200)))),
          percent(10).then(exec(http("API: create a unit (write)").post("/api/v1/structure/units")
              .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
              .header("Content-Type", "application/json")
              .body(StringBody("{\"type\":\"CRAS\",\"name\":\"CRAS carga #{randomUuid()}\",\"address\":\"Rua da Carga, 10\","
                  + "\"openingDate\":\"2020-01-02\",\"capacity\":2500,\"services\":[\"PAIF\"]}"))
              .check(status().is(201)))),
          percent(25).then(exec(http("public: council page").get("#{councilPage}").header("Accept", "text/html")
              .check(status().is(200)))),
          percent(10).then(exec(http("public: a municipality's councils").get("/publico/#{ibge}/conselhos")
              .header("Accept", "text/html").check(status().is(200)))),
          percent(15).then(exec(http("open data: indicators").get("/api/v1/open-data/indicators")
              .header("Accept", "application/json").check(status().is(200)))));

  {
    setUp(mix.injectOpen(constantUsersPerSec(RATE).during(SECONDS))).protocols(protocol);
  }
}
