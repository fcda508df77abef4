package br.org.teia.structure.workforce;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.managingbody.ManagingBodySummary;
import br.org.teia.structure.unit.UnitFacts;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitType;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NOB-RH/SUAS reference-team check of the municipality's units: the parameters are the rows
 * of {@code team_tier}/{@code team_requirement} and {@code minimum_cras}, the rules are in
 * {@link TeamCheck}; a worker counts toward the unit they work in. Readable by everyone in the
 * municipality: it says which places are missing, never who fills them.
 */
@Service
@Transactional(readOnly = true)
public class TeamCheckService {

  /** The minimum number of CRAS for a size class, and the families each references (NOB-SUAS). */
  public record MinimumCrasRule(SizeClass sizeClass, int minimumCras, int familiesPerCras, String source) {}

  private final TeamTierRepository tiers;
  private final MinimumCrasRepository minimums;
  private final WorkerRepository workers;
  private final UnitService units;
  private final ManagingBodyService managingBodies;
  private final Messages messages;

  TeamCheckService(TeamTierRepository tiers, MinimumCrasRepository minimums, WorkerRepository workers,
      UnitService units, ManagingBodyService managingBodies, Messages messages) {
    this.tiers = tiers;
    this.minimums = minimums;
    this.workers = workers;
    this.units = units;
    this.managingBodies = managingBodies;
    this.messages = messages;
  }

  /** The check of one unit; 404 when it does not exist in this municipality. */
  @RolesAllowed(StructureAccess.READ)
  public TeamCheckSummary check(UUID unitId, Locale locale) {
    return checkAll(List.of(units.get(unitId)), locale).get(unitId);
  }

  /** The checks of {@code checked} (e.g. one page of a grid), by unit id, in three queries. */
  @RolesAllowed(StructureAccess.READ)
  public Map<UUID, TeamCheckSummary> checkAll(Collection<? extends UnitFacts> checked, Locale locale) {
    Map<UUID, TeamCheck.Result> results = results(checked);
    Map<UUID, TeamCheckSummary> summaries = new LinkedHashMap<>();
    for (UnitFacts unit : checked) {
      summaries.put(unit.id(), describe(unit, results.get(unit.id()), locale));
    }
    return summaries;
  }

  /** The checks' results without words, by unit id: for aggregate figures. */
  @RolesAllowed(StructureAccess.READ)
  public Map<UUID, TeamCheck.Status> statuses(Collection<? extends UnitFacts> checked) {
    Map<UUID, TeamCheck.Status> statuses = new LinkedHashMap<>();
    results(checked).forEach((id, result) -> statuses.put(id, result.status()));
    return statuses;
  }

  /** The NOB-SUAS minimum number of CRAS for {@code sizeClass}. */
  @RolesAllowed(StructureAccess.READ)
  public Optional<MinimumCrasRule> minimumCras(SizeClass sizeClass) {
    return minimums.findById(sizeClass)
        .map(m -> new MinimumCrasRule(m.sizeClass(), m.minimumCras(), m.familiesPerCras(), m.source()));
  }

  private Map<UUID, TeamCheck.Result> results(Collection<? extends UnitFacts> checked) {
    List<TeamCheck.Tier> rules = tiers.findAllWithRequirements().stream().map(TeamTier::rule).toList();
    Optional<ManagingBodySummary> body = managingBodies.find();
    Integer crasFallback = body.flatMap(b -> minimums.findById(b.sizeClass())).map(MinimumCras::familiesPerCras)
        .orElse(null);
    Map<UUID, List<TeamCheck.Member>> members = new HashMap<>();
    workers.findAllByUnitIdIn(checked.stream().map(UnitFacts::id).toList())
        .forEach(w -> members.computeIfAbsent(w.unitId(), id -> new ArrayList<>()).add(w.member()));
    Map<UUID, TeamCheck.Result> results = new LinkedHashMap<>();
    for (UnitFacts unit : checked) {
      results.put(unit.id(), TeamCheck.check(unit.type(), unit.capacity(),
          unit.type() == UnitType.CRAS ? crasFallback : null,
          body.map(ManagingBodySummary::suasManagementLevel).orElse(null), rules,
          members.getOrDefault(unit.id(), List.of())));
    }
    return results;
  }

  private TeamCheckSummary describe(UnitFacts unit, TeamCheck.Result result, Locale locale) {
    List<TeamCheckSummary.Place> places = result.places().stream()
        .map(p -> new TeamCheckSummary.Place(p.slot(), p.required(), p.counted(), p.missing(),
            placeText(p, p.required(), locale)))
        .toList();
    List<String> missing = result.missing().stream().map(p -> placeText(p, p.missing(), locale)).toList();
    List<String> recommendations = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (TeamCheck.Finding finding : result.findings()) {
      String text = messages.get(locale, finding.key(), finding.args().toArray());
      (finding.recommendation() ? recommendations : notes).add(text);
    }
    String text = switch (result.status()) {
      case COMPLETE -> messages.get(locale, "structure.team.status.COMPLETE");
      case NOT_APPLICABLE -> messages.get(locale, "structure.team.status.NOT_APPLICABLE");
      case INCOMPLETE -> messages.get(locale, "structure.team.status.INCOMPLETE.missing", String.join("; ", missing));
    };
    TeamCheck.Tier tier = result.tier();
    return new TeamCheckSummary(unit.id(), unit.name(), unit.type(), result.status(),
        tier == null ? null : tier.code(), tier == null ? null : tier.source(), result.capacity(), result.blocks(),
        places, missing, List.copyOf(recommendations), List.copyOf(notes), text);
  }

  private String placeText(TeamCheck.Shortfall place, int count, Locale locale) {
    String text = messages.get(locale, place.slot().labelKey(), count);
    if (place.preferredProfession() == null) {
      return text;
    }
    return messages.get(locale, "structure.team.slot.preferred", text,
        messages.get(locale, place.preferredProfession().labelKey()));
  }
}
