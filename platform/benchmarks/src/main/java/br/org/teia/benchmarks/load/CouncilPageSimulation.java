package br.org.teia.benchmarks.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * One public council page alone ({@code teia.load.page}), unconditional GETs (no proxy in front, no
 * If-None-Match: every request renders), at {@code teia.load.rate} arrivals a second.
 */
public class CouncilPageSimulation extends Simulation {

  HttpProtocolBuilder protocol = http.baseUrl(MixedLoadSimulation.BASE)
      .acceptLanguageHeader("pt-BR,pt")
      .userAgentHeader("teia-load-benchmark")
      .shareConnections();

  ScenarioBuilder page = scenario("council page")
      .exec(http("public: council page alone").get(System.getProperty("teia.load.page")).header("Accept", "text/html")
          .check(status().is(200)));

  {
    setUp(page.injectOpen(constantUsersPerSec(MixedLoadSimulation.RATE).during(MixedLoadSimulation.SECONDS)))
        .protocols(protocol);
  }
}
