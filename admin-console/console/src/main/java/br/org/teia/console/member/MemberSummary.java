package br.org.teia.console.member;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantStatus;
import java.time.LocalDate;

/**
 * A member municipality as the console lists it: the tenant catalogue (status, schema version,
 * last error) joined with what the association records (population, adhesion, manager, contact)
 * and the contribution of {@code contributionYear}.
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
    int version) {}
