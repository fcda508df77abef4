package br.org.teia.structure.indicators;

import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorFigure;
import br.org.teia.kernel.indicators.IndicatorRelation;
import br.org.teia.kernel.indicators.IndicatorSource;
import br.org.teia.structure.StructureModule;
import br.org.teia.structure.entity.ActionType;
import br.org.teia.structure.entity.EntityFigures;
import br.org.teia.structure.entity.SocialEntityService;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.dashboard.StructureDashboardService;
import br.org.teia.structure.dashboard.StructureFigures;
import br.org.teia.structure.unit.ProtectionLevel;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.EmploymentBond;
import br.org.teia.structure.workforce.Profession;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The structure module's aggregate-only figures for the association: active units by type, reference
 * teams complete, CRAS capacity against the territories' estimated families (coverage), workforce by
 * bond and profession, the network of entities, and the population the managing body records. Counts and sums only — no name, CPF, address or
 * CNPJ leaves the municipality.
 */
@Component
class StructureIndicators implements IndicatorSource {

  private final StructureDashboardService dashboard;
  private final SocialEntityService entities;
  private final ManagingBodyService managingBody;

  StructureIndicators(StructureDashboardService dashboard, SocialEntityService entities, ManagingBodyService managingBody) {
    this.dashboard = dashboard;
    this.entities = entities;
    this.managingBody = managingBody;
  }

  @Override
  public String module() {
    return StructureModule.NAME;
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    List<IndicatorDefinition> definitions = new ArrayList<>();
    for (UnitType type : UnitType.values()) {
      definitions.add(IndicatorDefinition.count(unitCode(type)));
    }
    definitions.add(IndicatorDefinition.rate(TEAMS_COMPLETE));
    definitions.add(IndicatorDefinition.amount(CRAS_CAPACITY));
    definitions.add(IndicatorDefinition.amount(ESTIMATED_FAMILIES));
    definitions.add(IndicatorDefinition.amount(POPULATION));
    definitions.add(IndicatorDefinition.count(WORKERS));
    definitions.add(IndicatorDefinition.rate(PERMANENT_SHARE));
    for (EmploymentBond bond : EmploymentBond.values()) {
      definitions.add(IndicatorDefinition.count(bondCode(bond)));
    }
    for (Profession profession : Profession.values()) {
      definitions.add(IndicatorDefinition.count(professionCode(profession)));
    }
    definitions.add(IndicatorDefinition.count("structure.entities.registered"));
    definitions.add(IndicatorDefinition.count("structure.entities.inscribed_cmas"));
    for (ActionType action : ActionType.values()) {
      definitions.add(IndicatorDefinition.count(actionCode(action)));
    }
    for (ProtectionLevel level : ProtectionLevel.values()) {
      definitions.add(IndicatorDefinition.count(capacityCode(level)));
    }
    return definitions;
  }

  /**
   * Workers total = sum of the bonds = sum of the professions; the permanent share is the efetivo
   * bond over the total (ADR 0018: comparisons protect them together).
   */
  @Override
  public List<IndicatorRelation> relations() {
    return List.of(
        IndicatorRelation.sum(WORKERS, java.util.Arrays.stream(EmploymentBond.values()).map(StructureIndicators::bondCode).toList()),
        IndicatorRelation.sum(WORKERS, java.util.Arrays.stream(Profession.values()).map(StructureIndicators::professionCode).toList()),
        IndicatorRelation.share(PERMANENT_SHARE, bondCode(EmploymentBond.EFETIVO), WORKERS));
  }

  @Override
  public List<IndicatorFigure> compute() {
    List<IndicatorFigure> figures = new ArrayList<>();
    StructureFigures structure = dashboard.figures();
    for (UnitType type : UnitType.values()) {
      figures.add(IndicatorFigure.count(unitCode(type), structure.unitsByType().getOrDefault(type, 0L)));
    }
    figures.add(IndicatorFigure.rate(TEAMS_COMPLETE, structure.teamsComplete(), structure.teamsChecked()));
    figures.add(IndicatorFigure.amount(CRAS_CAPACITY, BigDecimal.valueOf(structure.crasCapacity())));
    figures.add(IndicatorFigure.amount(ESTIMATED_FAMILIES,
        BigDecimal.valueOf(structure.estimatedFamilies() == null ? 0 : structure.estimatedFamilies())));
    // the population the managing body records (0: none recorded yet): the console shows it where the
    // association has none
    figures.add(IndicatorFigure.amount(POPULATION,
        BigDecimal.valueOf(managingBody.find().map(body -> body.population()).orElse(0))));
    figures.add(IndicatorFigure.count(WORKERS, structure.workers()));
    figures.add(IndicatorFigure.rate(PERMANENT_SHARE, structure.permanentWorkers(), structure.workers()));
    for (EmploymentBond bond : EmploymentBond.values()) {
      figures.add(IndicatorFigure.count(bondCode(bond), structure.workersByBond().getOrDefault(bond, 0L)));
    }
    for (Profession profession : Profession.values()) {
      figures.add(IndicatorFigure.count(professionCode(profession),
          structure.workersByProfession().getOrDefault(profession, 0L)));
    }
    EntityFigures network = entities.figures();
    figures.add(IndicatorFigure.count("structure.entities.registered", network.entities()));
    figures.add(IndicatorFigure.count("structure.entities.inscribed_cmas", network.inscribedInCmas()));
    for (ActionType action : ActionType.values()) {
      figures.add(IndicatorFigure.count(actionCode(action), network.byActionType().getOrDefault(action, 0L)));
    }
    for (ProtectionLevel level : ProtectionLevel.values()) {
      figures.add(IndicatorFigure.count(capacityCode(level), network.capacityByLevel().getOrDefault(level, 0L)));
    }
    return figures;
  }

  static final String TEAMS_COMPLETE = "structure.teams.complete";
  static final String CRAS_CAPACITY = "structure.cras.capacity_families";
  static final String ESTIMATED_FAMILIES = "structure.territories.estimated_families";
  static final String WORKERS = "structure.workers.total";
  static final String POPULATION = "structure.managing_body.population";
  static final String PERMANENT_SHARE = "structure.workers.permanent_share";

  static String bondCode(EmploymentBond bond) {
    return "structure.workers.bond." + bond.name().toLowerCase(Locale.ROOT);
  }

  static String professionCode(Profession profession) {
    return "structure.workers.profession." + profession.name().toLowerCase(Locale.ROOT);
  }

  static String unitCode(UnitType type) {
    return "structure.units." + type.name().toLowerCase(Locale.ROOT);
  }

  static String actionCode(ActionType action) {
    return "structure.entities.action." + action.name().toLowerCase(Locale.ROOT);
  }

  static String capacityCode(ProtectionLevel level) {
    return "structure.entities.capacity." + level.name().toLowerCase(Locale.ROOT);
  }
}
