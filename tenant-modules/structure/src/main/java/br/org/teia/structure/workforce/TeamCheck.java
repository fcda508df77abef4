package br.org.teia.structure.workforce;

import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.unit.UnitType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The NOB-RH/SUAS reference-team check of one unit, without a database: the rules (tiers and
 * requirements) come in as data, the unit's workers as {@link Member}s.
 *
 * <p>Decisions, also in docs/architecture.md:
 * <ul>
 *   <li>The tier of a CRAS follows the families it references (its capacity), not the
 *       municipality's size class; the size class stands in only when the capacity is missing
 *       ({@code fallbackCapacity}, from {@code minimum_cras.families_per_cras}).
 *   <li>Above the last tier's bound, a tier with {@code repeatsEvery} is required once per block
 *       ("a cada 5.000 famílias": 5,001 families need two teams but one coordinator).
 *   <li>A CREAS's tier follows the managing body's nível de gestão; when it is not recorded, the
 *       CREAS's capacity (up to 50 cases: inicial/básica; above: plena).
 *   <li>A worker counts only with at least the tier's minimum weekly hours (full-time teams).
 *   <li>A place with a preferred profession is filled by any profession it accepts; another one
 *       than the preferred gives a recommendation, never an incomplete team.
 * </ul>
 */
public final class TeamCheck {

  /** One tier of {@code team_tier} with its requirements. */
  public record Tier(String code, UnitType unitType, Integer capacityUpTo, Integer repeatsEvery,
      Set<SuasManagementLevel> managementLevels, int minimumWeeklyHours, String source, int position,
      List<Requirement> requirements) {

    public Tier {
      managementLevels = Set.copyOf(managementLevels);
      requirements = List.copyOf(requirements);
    }
  }

  /** One row of {@code team_requirement}. */
  public record Requirement(TeamSlot slot, int quantity, Profession preferredProfession, boolean perBlock) {}

  /** A worker of the unit, as the check sees them. */
  public record Member(Profession profession, EducationLevel education, EmploymentBond bond, int weeklyHours,
      boolean coordinator) {}

  /** A place of the team not (fully) filled, or filled: {@code counted} of {@code required}. */
  public record Shortfall(TeamSlot slot, int required, int counted, Profession preferredProfession) {

    public int missing() {
      return Math.max(0, required - counted);
    }
  }

  /** A recommendation or a note: a message key and its arguments. */
  public record Finding(boolean recommendation, String key, List<Object> args) {}

  public enum Status { COMPLETE, INCOMPLETE, NOT_APPLICABLE }

  /** What the check found. {@code capacity} is the capacity it sized the team for (null when none). */
  public record Result(Status status, Tier tier, int blocks, Integer capacity, List<Shortfall> places,
      List<Finding> findings) {

    public List<Shortfall> missing() {
      return places.stream().filter(p -> p.missing() > 0).toList();
    }
  }

  private TeamCheck() {}

  /**
   * Checks the team of a unit of {@code type} and {@code capacity} (null: unknown) with
   * {@code members}, against {@code tiers} (all of them; those of other types are ignored).
   */
  public static Result check(UnitType type, Integer capacity, Integer fallbackCapacity, SuasManagementLevel level,
      List<Tier> tiers, List<Member> members) {
    List<Tier> candidates = tiers.stream().filter(t -> t.unitType() == type)
        .sorted(Comparator.comparingInt(Tier::position)).toList();
    if (candidates.isEmpty()) {
      return new Result(Status.NOT_APPLICABLE, null, 0, capacity, List.of(), List.of());
    }
    List<Finding> findings = new ArrayList<>();
    Integer load = capacity != null ? capacity : fallbackCapacity;
    Tier tier = byLevel(candidates, level);
    if (tier == null) {
      boolean levelDecides = candidates.stream().anyMatch(t -> !t.managementLevels().isEmpty());
      if (levelDecides) {
        findings.add(note("structure.team.note.level-missing"));
      }
      tier = byCapacity(candidates, load);
      if (capacity == null && candidates.size() > 1) {
        findings.add(load == null ? note("structure.team.note.capacity-missing")
            : note("structure.team.note.capacity-assumed", load));
      }
    }
    int blocks = 1;
    if (load != null && tier.repeatsEvery() != null && load > tier.repeatsEvery()) {
      blocks = (load + tier.repeatsEvery() - 1) / tier.repeatsEvery();
      findings.add(note("structure.team.note.blocks", load, blocks, tier.repeatsEvery()));
    } else if (load != null && tier.repeatsEvery() == null && tier.capacityUpTo() != null
        && load > tier.capacityUpTo()) {
      findings.add(note("structure.team.note.over-capacity", load, tier.capacityUpTo()));
    }

    int minimumHours = tier.minimumWeeklyHours();
    List<Member> counted = members.stream().filter(m -> m.weeklyHours() >= minimumHours).toList();
    long partTime = members.size() - counted.size();
    if (partTime > 0) {
      findings.add(note("structure.team.note.part-time", partTime, minimumHours));
    }
    boolean coordinatorPlace = tier.requirements().stream().anyMatch(r -> r.slot() == TeamSlot.COORDINATOR);
    members.stream().filter(Member::coordinator).findFirst().ifPresent(coordinator -> {
      if (coordinator.education() != EducationLevel.SUPERIOR) {
        findings.add(recommendation("structure.team.recommendation.coordinator-education"));
      }
      if (coordinator.bond() != EmploymentBond.EFETIVO) {
        findings.add(recommendation("structure.team.recommendation.coordinator-bond"));
      }
    });

    List<Member> pool = new ArrayList<>(counted.stream()
        .filter(m -> !(coordinatorPlace && m.coordinator())).toList());
    List<Member> coordinators = new ArrayList<>(counted.stream()
        .filter(m -> coordinatorPlace && m.coordinator()).toList());
    List<Requirement> order = tier.requirements().stream()
        .sorted(Comparator.comparingInt((Requirement r) -> r.slot().ordinal())).toList();
    List<Shortfall> places = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Requirement requirement = order.get(i);
      int required = requirement.quantity() * (requirement.perBlock() ? blocks : 1);
      if (requirement.slot() == TeamSlot.COORDINATOR) {
        int filled = Math.min(required, coordinators.size());
        coordinators.subList(0, filled).clear();
        places.add(new Shortfall(TeamSlot.COORDINATOR, required, filled, null));
        continue;
      }
      List<Requirement> later = order.subList(i + 1, order.size());
      List<Member> chosen = pool.stream().filter(m -> requirement.slot().accepts(m.profession()))
          .sorted(Comparator.comparing((Member m) -> m.profession() != requirement.preferredProfession())
              .thenComparingLong(m -> later.stream().filter(r -> r.slot().accepts(m.profession())).count()))
          .limit(required).toList();
      chosen.forEach(pool::remove);
      places.add(new Shortfall(requirement.slot(), required, chosen.size(), requirement.preferredProfession()));
      if (requirement.preferredProfession() != null
          && chosen.stream().anyMatch(m -> m.profession() != requirement.preferredProfession())) {
        findings.add(recommendation("structure.team.recommendation.preferred",
            label(requirement.preferredProfession().labelKey())));
      }
    }
    Tier chosenTier = tier;
    places.sort(Comparator.comparingInt(p -> positionOf(chosenTier, p.slot())));
    boolean complete = places.stream().allMatch(p -> p.missing() == 0);
    return new Result(complete ? Status.COMPLETE : Status.INCOMPLETE, tier, blocks, load, List.copyOf(places),
        List.copyOf(findings));
  }

  private static Tier byLevel(List<Tier> candidates, SuasManagementLevel level) {
    if (level == null) {
      return null;
    }
    return candidates.stream().filter(t -> t.managementLevels().contains(level)).findFirst().orElse(null);
  }

  private static Tier byCapacity(List<Tier> candidates, Integer load) {
    if (load == null) {
      return candidates.getFirst();
    }
    return candidates.stream().filter(t -> t.capacityUpTo() == null || load <= t.capacityUpTo()).findFirst()
        .orElse(candidates.getLast());
  }

  private static int positionOf(Tier tier, TeamSlot slot) {
    for (int i = 0; i < tier.requirements().size(); i++) {
      if (tier.requirements().get(i).slot() == slot) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static Finding note(String key, Object... args) {
    return new Finding(false, key, List.of(args));
  }

  private static Finding recommendation(String key, Object... args) {
    return new Finding(true, key, List.of(args));
  }

  private static MessageSourceResolvable label(String key) {
    return new DefaultMessageSourceResolvable(key);
  }
}
