package br.org.teia.structure.demo;

import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo SUAS structure of each demo municipality (managing body, territories, units), idempotent:
 * a realistic one for Belo Horizonte and Betim, one CRAS for each small town. The first module
 * contribution: the councils, entities and workers of the demo come after it.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoStructure implements DemoContribution {

  /** Families estimated in the demo territories (vulnerable families to reference), for the CRAS coverage. */
  private static final Map<String, Integer> DEMO_ESTIMATED_FAMILIES = Map.of(
      "Barreiro", 9000, "Venda Nova", 8000, "Centro-Sul", 6000, "Norte", 7000,
      "Teresópolis", 5500, "Alterosas", 6000, "Citrolândia", 4000);

  private final SystemWork system;
  private final ManagingBodyService managingBodies;
  private final TerritoryService territories;
  private final UnitService units;

  DemoStructure(SystemWork system, ManagingBodyService managingBodies, TerritoryService territories, UnitService units) {
    this.system = system;
    this.managingBodies = managingBodies;
    this.territories = territories;
    this.units = units;
  }

  @Override
  public int order() {
    return DemoContribution.STRUCTURE;
  }

  /** One unit of the demo structure: its territory by name, the CRAS of a mobile team by name. */
  private record DemoUnit(UnitType type, String name, String address, String territory, int openedIn,
      Integer capacity, String parentCras, Set<String> services) {}

  @Override
  public void seed() {
    demoStructure(DemoData.BELO_HORIZONTE, "Secretaria Municipal de Assistência Social, Segurança Alimentar e Cidadania",
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
    demoStructure(DemoData.BETIM, "Secretaria Municipal de Assistência Social", "Marcos Teixeira", "5.432/2013", 411_846,
        List.of("Teresópolis", "Alterosas", "Citrolândia"), List.of(
            new DemoUnit(UnitType.CRAS, "CRAS Teresópolis", "Rua Rio Grande do Sul, 40 - Teresópolis", "Teresópolis", 2008, 5000, null, Set.of("PAIF", "SCFV")),
            new DemoUnit(UnitType.CRAS, "CRAS Alterosas", "Rua Piauí, 800 - Alterosas", "Alterosas", 2009, 5000, null, Set.of("PAIF", "SCFV")),
            new DemoUnit(UnitType.CRAS, "CRAS Citrolândia", "Rua Ipê, 12 - Citrolândia", "Citrolândia", 2012, 3500, null, Set.of("PAIF")),
            new DemoUnit(UnitType.EQUIPE_VOLANTE, "Equipe volante CRAS Citrolândia", null, "Citrolândia", 2014, null, "CRAS Citrolândia", Set.of("PSB_DOMICILIO")),
            new DemoUnit(UnitType.CREAS, "CREAS Betim", "Rua Inconfidentes, 300 - Centro", null, 2007, 80, null, Set.of("PAEFI", "MSE_MEIO_ABERTO", "ABORDAGEM_SOCIAL")),
            new DemoUnit(UnitType.CENTRO_POP, "Centro POP Betim", "Avenida Governador Valadares, 1000 - Centro", null, 2013, 100, null, Set.of("POP_RUA"))));
    demoStructure(DemoData.SERRA_DA_SAUDADE, "Secretaria Municipal de Assistência Social", "Joana Ribeiro", "120/2014", 833,
        List.of(), List.of(new DemoUnit(UnitType.CRAS, "CRAS Serra da Saudade", "Rua Principal, 1 - Centro", null, 2010, 2500, null, Set.of("PAIF", "SCFV"))));
    demoStructure(DemoData.CEDRO_DO_ABAETE, "Secretaria Municipal de Assistência Social", "Paulo Mendes", "88/2013", 1_081,
        List.of(), List.of(new DemoUnit(UnitType.CRAS, "CRAS Cedro do Abaeté", "Praça da Matriz, 20 - Centro", null, 2011, 2500, null, Set.of("PAIF", "SCFV"))));
    demoStructure(DemoData.ARAPONGA, "Secretaria Municipal de Desenvolvimento Social", "Lúcia Fernandes", "410/2012", 7_926,
        List.of(), List.of(new DemoUnit(UnitType.CRAS, "CRAS Araponga", "Rua São José, 150 - Centro", null, 2009, 2500, null, Set.of("PAIF", "SCFV"))));
  }

  private void demoStructure(TenantId tenant, String secretariat, String manager, String law, int population,
      List<String> territoryNames, List<DemoUnit> demoUnits) {
    system.in(tenant, Role.MUNICIPAL_MANAGER, () -> {
      if (managingBodies.find().isEmpty()) {
        managingBodies.save(null, new ManagingBodyForm(secretariat, DemoData.fundCnpj(tenant), manager, law,
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
}
