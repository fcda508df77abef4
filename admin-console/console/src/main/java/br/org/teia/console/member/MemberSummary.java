package br.org.teia.console.member;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantStatus;
import java.time.LocalDate;

/**
 * A member municipality as the console lists it: the tenant catalogue (status, schema version,
 * last error) joined with what the association records (population, adhesion, manager, contact)
 * and the contribution of {@code contributionYear}; {@code managingBodyPopulation} is the figure the
 * municipality's managing body recorded, shown when the association has none.
 */
public record MemberSummary(
    String ibgeCode,
    String name,
    String uf,
    TenantStatus status,
    String changelogVersion,
    String lastError,
    Integer population,
    SizeClass sizeClass,
    LocalDate adhesionDate,
    String managerName,
    String managerEmail,
    String managerPhone,
    String contactName,
    String contactEmail,
    String contactPhone,
    int contributionYear,
    ContributionStatus contribution,
    int version,
    Integer managingBodyPopulation) {

  /**
   * The population as shown: the association's own figure, else the one the municipality's
   * managing body recorded in Teia (published by the structure module as the indicator
   * {@value #MANAGING_BODY_POPULATION}); null when neither is known.
   */
  public Integer shownPopulation() {
    return population != null ? population : managingBodyPopulation;
  }

  /** The indicator through which the structure module publishes the managing body's population. */
  public static final String MANAGING_BODY_POPULATION = "structure.managing_body.population";

  /** How many changesets the schema has applied, from the catalogue's "count:last-id" version; null before onboarding. */
  public Integer changesetsApplied() {
    if (changelogVersion == null || !changelogVersion.contains(":")) {
      return null;
    }
    try {
      return Integer.valueOf(changelogVersion.substring(0, changelogVersion.indexOf(':')));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
