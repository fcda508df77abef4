package br.org.teia.structure.unit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A service of the Tipificação Nacional (Resolução CNAS nº 109/2009): reference data seeded by the
 * changelog, read-only here, with the unit types that may offer it.
 */
@Entity
@Table(name = "typified_service")
class TypifiedService {

  @Id
  private String code;
  private String name;
  @Enumerated(EnumType.STRING)
  @Column(name = "protection_level")
  private ProtectionLevel protectionLevel;
  private int position;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "typified_service_unit_type", joinColumns = @JoinColumn(name = "service_code"))
  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type")
  private Set<UnitType> offeredBy = new HashSet<>();

  protected TypifiedService() {}

  /** For tests of the domain rules without a database. */
  TypifiedService(String code, String name, ProtectionLevel level, int position, Set<UnitType> offeredBy) {
    this.code = code;
    this.name = name;
    this.protectionLevel = level;
    this.position = position;
    this.offeredBy = EnumSet.copyOf(offeredBy);
  }

  boolean mayBeOfferedBy(UnitType type) {
    return offeredBy.contains(type);
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  int position() {
    return position;
  }

  Set<UnitType> offeredBy() {
    return offeredBy.isEmpty() ? EnumSet.noneOf(UnitType.class) : EnumSet.copyOf(offeredBy);
  }

  TypifiedServiceSummary summary() {
    return new TypifiedServiceSummary(code, name, protectionLevel, position, offeredBy());
  }
}
