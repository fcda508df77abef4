package br.org.teia.structure.unit;

import br.org.teia.kernel.DomainRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A unit of the municipality's SUAS network. It keeps the Tipificação's rules itself: it offers a
 * service only if its type may, and a mobile team belongs to a CRAS. Type and capacity are what
 * the NOB-RH team check will read.
 */
@Entity
@Table(name = "unit")
class Unit {

  @Id
  private UUID id;
  @Enumerated(EnumType.STRING)
  private UnitType type;
  private String name;
  private String address;
  @Column(name = "territory_id")
  private UUID territoryId;
  @Column(name = "opening_date")
  private LocalDate openingDate;
  @Enumerated(EnumType.STRING)
  private UnitStatus status;
  private Integer capacity;
  @Column(name = "parent_unit_id")
  private UUID parentUnitId;
  @ManyToMany
  @JoinTable(name = "unit_service", joinColumns = @JoinColumn(name = "unit_id"),
      inverseJoinColumns = @JoinColumn(name = "service_code"))
  @BatchSize(size = 100)
  private Set<TypifiedService> services = new HashSet<>();
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  /**
   * Null until first saved: with an id assigned here, a null version is how Spring Data tells a new
   * unit (persist) from a stored one (merge, which first reads the row and then bumps the version).
   */
  @Version
  private Integer version;

  protected Unit() {}

  /**
   * A new unit. {@code parent} is the CRAS a mobile team belongs to (ignored for other types);
   * {@code offered} the catalogue entries of the services it offers.
   */
  static Unit create(UnitForm form, Unit parent, Set<TypifiedService> offered, Clock clock) {
    Unit unit = new Unit();
    unit.id = UUID.randomUUID();
    unit.createdAt = clock.instant();
    unit.apply(form, parent, offered, clock);
    return unit;
  }

  void apply(UnitForm form, Unit parent, Set<TypifiedService> offered, Clock clock) {
    if (form.type() == UnitType.EQUIPE_VOLANTE) {
      if (parent == null) {
        throw new DomainRefusal("parentCrasId", "structure.unit.mobile-team.cras-required");
      }
      if (parent.type != UnitType.CRAS) {
        throw new DomainRefusal("parentCrasId", "structure.unit.mobile-team.parent-not-cras", parent.name);
      }
    }
    type = form.type();
    name = form.name();
    address = form.address();
    territoryId = form.territoryId();
    openingDate = form.openingDate();
    status = form.status();
    capacity = form.capacity();
    parentUnitId = type == UnitType.EQUIPE_VOLANTE ? parent.id : null;
    services.clear();
    offered.forEach(this::offer);
    updatedAt = clock.instant();
  }

  /** Offers {@code service}, if the Tipificação lets a unit of this type offer it. */
  void offer(TypifiedService service) {
    if (!service.mayBeOfferedBy(type)) {
      throw new DomainRefusal("services", "structure.unit.service.not-allowed", service.name(),
          new DefaultMessageSourceResolvable(type.labelKey()));
    }
    services.add(service);
  }

  void withdraw(String serviceCode) {
    services.removeIf(service -> service.code().equals(serviceCode));
  }

  void touch(Clock clock) {
    updatedAt = clock.instant();
  }

  UUID id() {
    return id;
  }

  UnitType type() {
    return type;
  }

  String name() {
    return name;
  }

  UUID territoryId() {
    return territoryId;
  }

  UUID parentUnitId() {
    return parentUnitId;
  }

  int version() {
    return version == null ? 0 : version;
  }

  boolean offers(String serviceCode) {
    return services.stream().anyMatch(service -> service.code().equals(serviceCode));
  }

  UnitSummary summary(String territoryName, String parentName) {
    List<String> codes = services.stream().sorted(Comparator.comparingInt(TypifiedService::position))
        .map(TypifiedService::code).toList();
    return new UnitSummary(id, type, name, address, territoryId, territoryName, openingDate, status, capacity,
        parentUnitId, parentName, codes, version());
  }
}
