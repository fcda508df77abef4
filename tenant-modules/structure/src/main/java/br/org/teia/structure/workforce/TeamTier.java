package br.org.teia.structure.workforce;

import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.unit.UnitType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A row of {@code team_tier} with its {@code team_requirement} rows: reference data seeded by the changelog, read-only. */
@Entity
@Table(name = "team_tier")
class TeamTier {

  @Id
  private String code;
  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type")
  private UnitType unitType;
  @Column(name = "capacity_up_to")
  private Integer capacityUpTo;
  @Column(name = "repeats_every")
  private Integer repeatsEvery;
  @Column(name = "management_levels")
  private String managementLevels;
  @Column(name = "minimum_weekly_hours")
  private int minimumWeeklyHours;
  private String source;
  private int position;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "team_requirement", joinColumns = @JoinColumn(name = "tier_code"))
  @OrderBy("position")
  private List<Row> requirements = new ArrayList<>();

  /** One row of {@code team_requirement}. */
  @Embeddable
  static class Row {
    private int position;
    @Enumerated(EnumType.STRING)
    private TeamSlot slot;
    private int quantity;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_profession")
    private Profession preferredProfession;
    @Column(name = "per_block")
    private boolean perBlock;

    protected Row() {}
  }

  protected TeamTier() {}

  TeamCheck.Tier rule() {
    Set<SuasManagementLevel> levels = managementLevels == null || managementLevels.isBlank() ? Set.of()
        : Arrays.stream(managementLevels.split(",")).map(String::strip).map(SuasManagementLevel::valueOf)
            .collect(Collectors.toSet());
    return new TeamCheck.Tier(code, unitType, capacityUpTo, repeatsEvery, levels, minimumWeeklyHours, source, position,
        requirements.stream().map(r -> new TeamCheck.Requirement(r.slot, r.quantity, r.preferredProfession, r.perBlock))
            .toList());
  }
}
