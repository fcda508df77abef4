package br.org.teia.structure.unit;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.StructureModule;
import br.org.teia.structure.territory.TerritoryService;
import jakarta.annotation.security.PermitAll;
import br.org.teia.kernel.search.SearchFolding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Units of the current municipality and the services they offer. The Tipificação's rules are
 * enforced here (and in {@link Unit}), whatever the entry point: form, API or import.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UnitService {

  static final Sort BY_NAME = Sort.by("name");

  private final UnitRepository units;
  private final TypifiedServiceRepository catalogue;
  private final TerritoryService territories;
  private final Clock clock;
  private final Indicators indicators;

  UnitService(UnitRepository units, TypifiedServiceRepository catalogue, TerritoryService territories, Clock clock,
      Indicators indicators) {
    this.units = units;
    this.catalogue = catalogue;
    this.territories = territories;
    this.clock = clock;
    this.indicators = indicators;
  }

  /** Units per type, for the association's indicators: counts only. */
  @PermitAll
  public Map<UnitType, Long> countByType() {
    Map<UnitType, Long> counts = new java.util.EnumMap<>(UnitType.class);
    for (Object[] row : units.countByType()) {
      counts.put((UnitType) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** The 12 services of the Tipificação Nacional, in its order, with the unit types that may offer each. */
  @RolesAllowed(StructureAccess.READ)
  public List<TypifiedServiceSummary> catalogue() {
    return catalogue.findAllByOrderByPosition().stream().map(TypifiedService::summary).toList();
  }

  /** The services' Portuguese names by their codes, for what a person reads (lists, exports), in catalogue order. */
  @RolesAllowed(StructureAccess.READ)
  public Map<String, String> serviceNames() {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    catalogue().forEach(service -> names.put(service.code(), service.name()));
    return names;
  }

  /** Units whose name or address contains {@code search} (accents and case aside), of {@code type} when given, by name. */
  @RolesAllowed(StructureAccess.READ)
  public Page<UnitSummary> list(String search, UnitType type, int page, int size) {
    var request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 200), BY_NAME);
    Page<Unit> found = units.search(SearchFolding.pattern(search), type, request);
    return new PageImpl<>(summaries(found.getContent()), request, found.getTotalElements());
  }

  /** Every unit matching, for exports. */
  @RolesAllowed(StructureAccess.READ)
  public List<UnitSummary> listAll(String search, UnitType type) {
    return summaries(units.searchAll(SearchFolding.pattern(search), type, BY_NAME));
  }

  /** The active units, by name, as the team check and the figures read them: one statement. */
  @RolesAllowed(StructureAccess.READ)
  public List<UnitFacts> active() {
    return units.factsByStatus(UnitStatus.ACTIVE).stream()
        .<UnitFacts>map(row -> new Facts((UUID) row[0], (UnitType) row[1], (String) row[2], (Integer) row[3]))
        .toList();
  }

  private record Facts(UUID id, UnitType type, String name, Integer capacity) implements UnitFacts {}

  /** The CRAS a mobile team can be attached to. */
  @RolesAllowed(StructureAccess.READ)
  public List<UnitSummary> cras() {
    return summaries(units.findAllByTypeOrderByName(UnitType.CRAS));
  }

  @RolesAllowed(StructureAccess.READ)
  public long count() {
    return units.count();
  }

  @RolesAllowed(StructureAccess.READ)
  public UnitSummary get(UUID id) {
    return summary(find(id));
  }

  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public UnitSummary create(@Valid UnitForm form) {
    if (units.existsByNameIgnoreCase(form.name())) {
      throw new DomainRefusal("name", "structure.unit.duplicate", form.name());
    }
    checkTerritory(form.territoryId());
    Unit unit = Unit.create(form, parentOf(form), offered(form.services()), clock);
    indicators.changed(StructureModule.NAME);
    return summary(units.saveAndFlush(unit));
  }

  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public UnitSummary update(UUID id, int expectedVersion, @Valid UnitForm form) {
    Unit unit = find(id);
    if (unit.version() != expectedVersion) {
      throw new TeiaException("structure.unit.stale", unit.name());
    }
    if (units.existsByNameIgnoreCaseAndIdNot(form.name(), id)) {
      throw new DomainRefusal("name", "structure.unit.duplicate", form.name());
    }
    if (unit.type() == UnitType.CRAS && form.type() != UnitType.CRAS && units.existsByParentUnitId(id)) {
      throw new TeiaException("structure.unit.cras-has-mobile-teams", unit.name());
    }
    if (id.equals(form.parentCrasId())) {
      throw new DomainRefusal("parentCrasId", "structure.unit.mobile-team.parent-not-cras", unit.name());
    }
    checkTerritory(form.territoryId());
    unit.apply(form, parentOf(form), offered(form.services()), clock);
    indicators.changed(StructureModule.NAME);
    return summary(units.saveAndFlush(unit));
  }

  /** Adds a service of the Tipificação to a unit; refused when the unit's type may not offer it. */
  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public UnitSummary addService(UUID id, String serviceCode) {
    Unit unit = find(id);
    TypifiedService service = service(serviceCode);
    if (!unit.offers(service.code())) {
      unit.offer(service);
      unit.touch(clock);
    }
    return summary(units.saveAndFlush(unit));
  }

  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public UnitSummary removeService(UUID id, String serviceCode) {
    Unit unit = find(id);
    String code = service(serviceCode).code();
    if (unit.offers(code)) {
      unit.withdraw(code);
      unit.touch(clock);
    }
    return summary(units.saveAndFlush(unit));
  }

  @Transactional
  @RolesAllowed(StructureAccess.DELETE)
  public void delete(UUID id) {
    Unit unit = find(id);
    if (units.existsByParentUnitId(id)) {
      throw new TeiaException("structure.unit.cras-has-mobile-teams", unit.name());
    }
    units.delete(unit);
    try {
      units.flush();
    } catch (DataIntegrityViolationException e) {
      // Other records point at the unit (its workers, for one): the database refuses, we explain.
      throw new TeiaException("structure.unit.in-use", e, unit.name());
    }
    indicators.changed(StructureModule.NAME);
  }

  /** Names of the units among {@code ids} that exist in this municipality (others are absent). */
  @RolesAllowed(StructureAccess.READ)
  public Map<UUID, String> names(Collection<UUID> ids) {
    Map<UUID, String> names = new HashMap<>();
    units.findAllById(ids.stream().filter(Objects::nonNull).distinct().toList())
        .forEach(unit -> names.put(unit.id(), unit.name()));
    return names;
  }

  private Unit find(UUID id) {
    // Another municipality's id simply does not exist in this schema: "not found", never its data.
    return units.findById(id).orElseThrow(() -> new NotFoundException("structure.unit.not-found", id));
  }

  private Unit parentOf(UnitForm form) {
    if (form.type() != UnitType.EQUIPE_VOLANTE || form.parentCrasId() == null) {
      return null;
    }
    return units.findById(form.parentCrasId())
        .orElseThrow(() -> new DomainRefusal("parentCrasId", "structure.unit.mobile-team.cras-not-found"));
  }

  private void checkTerritory(UUID territoryId) {
    if (territoryId != null && !territories.names(Set.of(territoryId)).containsKey(territoryId)) {
      throw new DomainRefusal("territoryId", "structure.unit.territory.not-found");
    }
  }

  private Set<TypifiedService> offered(Collection<String> codes) {
    Set<TypifiedService> offered = new HashSet<>();
    codes.forEach(code -> offered.add(service(code)));
    return offered;
  }

  private TypifiedService service(String code) {
    return catalogue.findById(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))
        .orElseThrow(() -> new DomainRefusal("services", "structure.unit.service.unknown", code));
  }

  private UnitSummary summary(Unit unit) {
    return summaries(List.of(unit)).getFirst();
  }

  private List<UnitSummary> summaries(List<Unit> found) {
    Map<UUID, String> territoryNames = territories.names(found.stream().map(Unit::territoryId).toList());
    Map<UUID, String> parentNames = new HashMap<>();
    units.findAllById(found.stream().map(Unit::parentUnitId).filter(Objects::nonNull).distinct().toList())
        .forEach(parent -> parentNames.put(parent.id(), parent.name()));
    return found.stream()
        .map(unit -> unit.summary(territoryNames.get(unit.territoryId()), parentNames.get(unit.parentUnitId())))
        .toList();
  }
}
