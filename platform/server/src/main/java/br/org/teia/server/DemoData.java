package br.org.teia.server;

import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.structure.managingbody.ManagingBodyForm;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.territory.TerritorySummary;
import br.org.teia.structure.unit.UnitForm;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitType;
import java.time.LocalDate;
import java.util.Set;
import br.org.teia.kernel.tenancy.OnboardingReport;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo data, idempotent: Belo Horizonte and Betim (named in the documents Teia comes from), three
 * small towns of Minas Gerais, and one login per role, printed when the application is ready.
 * Each municipality gets a SUAS structure (managing body, territories, units): a realistic one for
 * the two cities, one CRAS for the small towns; the two cities also get a full CMAS with a year of
 * meetings ({@link DemoCouncils}), a conference and complaints ({@link DemoCouncilLife}). Names and CNPJs are fictitious; populations are
 * those of the 2022 census. Nothing that already exists (by name) is created again.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "teia.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner {

  public static final TenantId BELO_HORIZONTE = TenantId.of("3106200");
  public static final TenantId BETIM = TenantId.of("3106705");
  public static final TenantId SERRA_DA_SAUDADE = TenantId.of("3166600");
  public static final TenantId CEDRO_DO_ABAETE = TenantId.of("3115607");
  public static final TenantId ARAPONGA = TenantId.of("3103702");
  public static final List<String> MUNICIPALITIES = List.of(BELO_HORIZONTE.ibgeCode(), BETIM.ibgeCode(),
      SERRA_DA_SAUDADE.ibgeCode(), CEDRO_DO_ABAETE.ibgeCode(), ARAPONGA.ibgeCode());
  public static final String PASSWORD = "Teia@demo2026";

  /** One demo login: who, what they are, where. */
  public record DemoLogin(String username, String displayName, Role role, List<TenantId> tenants) {}

  public static final List<DemoLogin> LOGINS = List.of(
      new DemoLogin("admin@cogemas.demo", "Ana Administradora (COGEMAS)", Role.ASSOCIATION_ADMIN, List.of()),
      new DemoLogin("equipe@cogemas.demo", "Bruno da Equipe (COGEMAS)", Role.ASSOCIATION_STAFF, List.of()),
      new DemoLogin("gestora@bh.demo", "Carla Gestora (Belo Horizonte)", Role.MUNICIPAL_MANAGER, List.of(BELO_HORIZONTE)),
      new DemoLogin("tecnico@bh.demo", "Diego Técnico (Belo Horizonte)", Role.MUNICIPAL_STAFF, List.of(BELO_HORIZONTE)),
      new DemoLogin("cmas@bh.demo", "Elisa Secretária do CMAS (Belo Horizonte)", Role.COUNCIL_SECRETARY, List.of(BELO_HORIZONTE)),
      new DemoLogin("conselheira@bh.demo", "Fátima Conselheira (Belo Horizonte)", Role.COUNCIL_MEMBER, List.of(BELO_HORIZONTE)),
      new DemoLogin("gestor@betim.demo", "Gustavo Gestor (Betim)", Role.MUNICIPAL_MANAGER, List.of(BETIM)),
      new DemoLogin("consultora@pequenos.demo", "Helena Consultora (3 municípios)", Role.MUNICIPAL_STAFF,
          List.of(SERRA_DA_SAUDADE, CEDRO_DO_ABAETE, ARAPONGA)));

  /** Families estimated in the demo territories (vulnerable families to reference), for the CRAS coverage. */
  private static final java.util.Map<String, Integer> DEMO_ESTIMATED_FAMILIES = java.util.Map.of(
      "Barreiro", 9000, "Venda Nova", 8000, "Centro-Sul", 6000, "Norte", 7000,
      "Teresópolis", 5500, "Alterosas", 6000, "Citrolândia", 4000);

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final TenantOnboarding onboarding;
  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final Environment environment;
  private final SystemWork system;
  private final ManagingBodyService managingBodies;
  private final TerritoryService territories;
  private final UnitService units;
  private final DemoCouncils councils;
  private final DemoCouncilLife councilLife;

  DemoData(TenantOnboarding onboarding, AccountRepository accounts, PasswordEncoder passwords, Environment environment,
      SystemWork system, ManagingBodyService managingBodies, TerritoryService territories, UnitService units,
      DemoCouncils councils, DemoCouncilLife councilLife) {
    this.onboarding = onboarding;
    this.accounts = accounts;
    this.passwords = passwords;
    this.environment = environment;
    this.system = system;
    this.managingBodies = managingBodies;
    this.territories = territories;
    this.units = units;
    this.councils = councils;
    this.councilLife = councilLife;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.getNonOptionArgs().isEmpty()) {
      return; // an operator command, not a demo run
    }
    OnboardingReport report = onboarding.onboard(MUNICIPALITIES);
    log.info("demo municipalities: {} onboarded, {} already there", report.onboarded().size(),
        report.alreadyActive().size());
    for (DemoLogin login : LOGINS) {
      String hash = accounts.findByUsername(login.username()).isPresent() ? null : passwords.encode(PASSWORD);
      UUID id = accounts.createIfAbsent(login.username(), login.displayName(), login.username(), hash);
      if (login.role().scope() == Role.Scope.ASSOCIATION) {
        accounts.grantAssociationRole(id, login.role());
      } else {
        login.tenants().forEach(tenant -> accounts.grantMembership(id, tenant, login.role()));
      }
    }
    structure();
    councils.seed();
    councilLife.seed();
  }

  /** One unit of the demo structure: its territory by name, the CRAS of a mobile team by name. */
  private record DemoUnit(UnitType type, String name, String address, String territory, int openedIn,
      Integer capacity, String parentCras, Set<String> services) {}

  private void structure() {
    demoStructure(BELO_HORIZONTE, "Secretaria Municipal de Assistência Social, Segurança Alimentar e Cidadania",
        "Renata Prado", "10.836/2015", 2_315_560, List.of("Barreiro", "Venda Nova", "Centro-Sul", "Norte"), List.of(
            new DemoUnit(UnitType.CRAS, "CRAS Barreiro de Cima", "Rua Olinto Magalhães, 100 - Barreiro", "Barreiro", 2008, 5000, null, Set.of("PAIF", "SCFV")),
            new DemoUnit(UnitType.CRAS, "CRAS Venda Nova", "Rua Padre Pedro Pinto, 1500 - Venda Nova", "Venda Nova", 2007, 5000, null, Set.of("PAIF", "SCFV", "PSB_DOMICILIO")),
            new DemoUnit(UnitType.CRAS, "CRAS Vila Fátima", "Rua Niquelina, 30 - Santa Efigênia", "Centro-Sul", 2009, 3500, null, Set.of("PAIF", "SCFV")),
            new DemoUnit(UnitType.CRAS, "CRAS Jardim Felicidade", "Rua Pedro Marques, 200 - Jardim Felicidade", "Norte", 2010, 5000, null, Set.of("PAIF")),
            new DemoUnit(UnitType.CREAS, "CREAS Centro-Sul", "Avenida Augusto de Lima, 30 - Centro", "Centro-Sul", 2006, 80, null, Set.of("PAEFI", "MSE_MEIO_ABERTO", "ABORDAGEM_SOCIAL")),
            new DemoUnit(UnitType.CREAS, "CREAS Barreiro", "Avenida Sinfrônio Brochado, 500 - Barreiro", "Barreiro", 2011, 80, null, Set.of("PAEFI", "MSE_MEIO_ABERTO")),
            new DemoUnit(UnitType.CENTRO_POP, "Centro POP Centro-Sul", "Rua Conselheiro Rocha, 351 - Floresta", "Centro-Sul", 2012, 200, null, Set.of("POP_RUA", "ABORDAGEM_SOCIAL")),
            new DemoUnit(UnitType.CENTRO_DIA, "Centro-Dia Norte", "Rua Dr. Álvaro Camargos, 900 - São João Batista", "Norte", 2016, 30, null, Set.of("PSE_PCD_IDOSOS")),
            new DemoUnit(UnitType.ABRIGO_INSTITUCIONAL, "Abrigo Institucional Pampulha", "Rua Expedicionário Paulo de Souza, 10", null, 2014, 20, null, Set.of("ACOLHIMENTO_INSTITUCIONAL"))));
    demoStructure(BETIM, "Secretaria Municipal de Assistência Social", "Marcos Teixeira", "5.432/2013", 411_846,
        List.of("Teresópolis", "Alterosas", "Citrolândia"), List.of(
            new DemoUnit(UnitType.CRAS, "CRAS Teresópolis", "Rua Rio Grande do Sul, 40 - Teresópolis", "Teresópolis", 2008, 5000, null, Set.of("PAIF", "SCFV")),
            new DemoUnit(UnitType.CRAS, "CRAS Alterosas", "Rua Piauí, 800 - Alterosas", "Alterosas", 2009, 5000, null, Set.of("PAIF", "SCFV")),
            new DemoUnit(UnitType.CRAS, "CRAS Citrolândia", "Rua Ipê, 12 - Citrolândia", "Citrolândia", 2012, 3500, null, Set.of("PAIF")),
            new DemoUnit(UnitType.EQUIPE_VOLANTE, "Equipe volante CRAS Citrolândia", null, "Citrolândia", 2014, null, "CRAS Citrolândia", Set.of("PSB_DOMICILIO")),
            new DemoUnit(UnitType.CREAS, "CREAS Betim", "Rua Inconfidentes, 300 - Centro", null, 2007, 80, null, Set.of("PAEFI", "MSE_MEIO_ABERTO", "ABORDAGEM_SOCIAL")),
            new DemoUnit(UnitType.CENTRO_POP, "Centro POP Betim", "Avenida Governador Valadares, 1000 - Centro", null, 2013, 100, null, Set.of("POP_RUA"))));
    demoStructure(SERRA_DA_SAUDADE, "Secretaria Municipal de Assistência Social", "Joana Ribeiro", "120/2014", 833,
        List.of(), List.of(new DemoUnit(UnitType.CRAS, "CRAS Serra da Saudade", "Rua Principal, 1 - Centro", null, 2010, 2500, null, Set.of("PAIF", "SCFV"))));
    demoStructure(CEDRO_DO_ABAETE, "Secretaria Municipal de Assistência Social", "Paulo Mendes", "88/2013", 1_081,
        List.of(), List.of(new DemoUnit(UnitType.CRAS, "CRAS Cedro do Abaeté", "Praça da Matriz, 20 - Centro", null, 2011, 2500, null, Set.of("PAIF", "SCFV"))));
    demoStructure(ARAPONGA, "Secretaria Municipal de Desenvolvimento Social", "Lúcia Fernandes", "410/2012", 7_926,
        List.of(), List.of(new DemoUnit(UnitType.CRAS, "CRAS Araponga", "Rua São José, 150 - Centro", null, 2009, 2500, null, Set.of("PAIF", "SCFV"))));
  }

  private void demoStructure(TenantId tenant, String secretariat, String manager, String law, int population,
      List<String> territoryNames, List<DemoUnit> demoUnits) {
    system.in(tenant, Role.MUNICIPAL_MANAGER, () -> {
      if (managingBodies.find().isEmpty()) {
        managingBodies.save(null, new ManagingBodyForm(secretariat, demoCnpj(tenant), manager, law,
            LocalDate.of(2000 + Integer.parseInt(law.substring(law.indexOf('/') + 3)), 6, 1), null, population,
            population > 100_000 ? SuasManagementLevel.PLENA : SuasManagementLevel.BASICA));
      }
      for (String name : territoryNames) {
        if (territoryNamed(name) == null) {
          territories.create(new TerritoryForm(name, null, DEMO_ESTIMATED_FAMILIES.get(name), null));
        }
      }
      for (DemoUnit unit : demoUnits) {
        if (unitNamed(unit.name()) != null) {
          continue;
        }
        TerritorySummary territory = unit.territory() == null ? null : territoryNamed(unit.territory());
        UnitSummary parent = unit.parentCras() == null ? null : unitNamed(unit.parentCras());
        units.create(new UnitForm(unit.type(), unit.name(), unit.address(), territory == null ? null : territory.id(),
            LocalDate.of(unit.openedIn(), 3, 1), null, unit.capacity(), parent == null ? null : parent.id(),
            unit.services()));
      }
      return null;
    });
  }

  private TerritorySummary territoryNamed(String name) {
    return territories.list(name, 0, 50).stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  private UnitSummary unitNamed(String name) {
    return units.list(name, null, 0, 50).stream().filter(u -> u.name().equalsIgnoreCase(name)).findFirst().orElse(null);
  }

  /** A fictitious but well-formed CNPJ for the municipality's fund: its IBGE code, branch 0001, check digits. */
  static String demoCnpj(TenantId tenant) {
    String base = ("0" + tenant.ibgeCode()).substring(0, 8) + "0001";
    int first = cnpjDigit(base);
    int second = cnpjDigit(base + first);
    return base + first + second;
  }

  private static int cnpjDigit(String digits) {
    int sum = 0;
    int weight = digits.length() - 7;
    for (char c : digits.toCharArray()) {
      sum += (c - '0') * weight;
      weight = weight == 2 ? 9 : weight - 1;
    }
    int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  }

  @EventListener(ApplicationReadyEvent.class)
  void printLogins() {
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    StringBuilder text = new StringBuilder("\n\n  Teia está no ar: http://localhost:" + port + "\n")
        .append("  Senha de todas as contas de demonstração: ").append(PASSWORD).append("\n");
    for (DemoLogin login : LOGINS) {
      text.append(String.format("    %-26s %-20s %s%n", login.username(), login.role(), login.displayName()));
    }
    log.info(text.toString());
  }
}
