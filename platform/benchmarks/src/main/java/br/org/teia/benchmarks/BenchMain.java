package br.org.teia.benchmarks;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.Municipality;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** What every benchmark main starts with: its {@code --key=value} options and Teia without the web tier. */
final class BenchMain {

  private BenchMain() {}

  /** The options as a map ({@code --flag} alone means {@code true}); Liquibase's banner and chatter off. */
  static Map<String, String> options(String[] args) {
    java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
    System.setProperty("liquibase.showBanner", "false");
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      options.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    return options;
  }

  /** What {@code --uf=BR} means: the whole country, not a state. */
  static final String COUNTRY = "BR";

  /** The IBGE codes of a state's municipalities, or of all 5,570 for {@link #COUNTRY}, in code order. */
  static List<String> codes(String uf) {
    Municipalities municipalities = new Municipalities();
    List<Municipality> found = COUNTRY.equalsIgnoreCase(uf) ? municipalities.all() : municipalities.ofState(uf);
    return found.stream().map(m -> m.id().ibgeCode()).toList();
  }

  /** Teia on the given database arguments plus {@code extra}, with no web server and no nightly rebuild. */
  static ConfigurableApplicationContext application(List<String> databaseArguments, String... extra) {
    return new SpringApplicationBuilder(TeiaApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.autoconfigure.exclude=" + TeiaApplication.WEB_ONLY_AUTO_CONFIGURATION)
        .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
        .run(Stream.of(databaseArguments.stream(), Stream.of("--teia.indicators.rebuild-cron=-"), Stream.of(extra))
            .flatMap(s -> s).toArray(String[]::new));
  }
}
