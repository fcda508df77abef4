package br.org.teia.structure.territory;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.StructureModule;
import br.org.teia.kernel.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Territories of the current municipality. Every rule is enforced here, whatever the entry point. */
@Service
@Validated
@Transactional(readOnly = true)
public class TerritoryService {

  static final String COUNT_CACHE = "structure.territory-count";

  private final TerritoryRepository territories;
  private final Clock clock;
  private final Indicators indicators;

  TerritoryService(TerritoryRepository territories, Clock clock, Indicators indicators) {
    this.territories = territories;
    this.clock = clock;
    this.indicators = indicators;
  }

  @RolesAllowed(StructureAccess.READ)
  public Page<TerritorySummary> list(String search, int page, int size) {
    var request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 200), Sort.by("name"));
    return territories.search(search == null ? "" : search.strip(), request).map(Territory::summary);
  }

  /** Every territory matching {@code search}, by name: for exports. */
  @RolesAllowed(StructureAccess.READ)
  public java.util.List<TerritorySummary> listAll(String search) {
    return territories.search(search == null ? "" : search.strip(), org.springframework.data.domain.Pageable.unpaged(Sort.by("name")))
        .map(Territory::summary).getContent();
  }

  /** The sum of the territories' estimated families, or null when none has one: one statement. */
  @RolesAllowed(StructureAccess.READ)
  public Long estimatedFamilies() {
    return territories.sumEstimatedFamilies();
  }

  @RolesAllowed(StructureAccess.READ)
  @Cacheable(cacheNames = COUNT_CACHE, keyGenerator = "tenantOnlyKeyGenerator")
  public long count() {
    return territories.count();
  }

  @RolesAllowed(StructureAccess.READ)
  public TerritorySummary get(UUID id) {
    return find(id).summary();
  }

  @Transactional
  @CacheEvict(cacheNames = COUNT_CACHE, keyGenerator = "tenantOnlyKeyGenerator")
  @RolesAllowed(StructureAccess.WRITE)
  public TerritorySummary create(@Valid TerritoryForm form) {
    if (territories.existsByNameIgnoreCase(form.name().strip())) {
      throw new DomainRefusal("name", "structure.territory.duplicate", form.name().strip());
    }
    indicators.changed(StructureModule.NAME);
    return territories.saveAndFlush(Territory.create(form, clock)).summary();
  }

  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public TerritorySummary update(UUID id, int expectedVersion, @Valid TerritoryForm form) {
    Territory territory = find(id);
    if (territory.version() != expectedVersion) {
      throw new TeiaException("structure.territory.stale", territory.name());
    }
    if (territories.existsByNameIgnoreCaseAndIdNot(form.name().strip(), id)) {
      throw new DomainRefusal("name", "structure.territory.duplicate", form.name().strip());
    }
    territory.apply(form, clock);
    indicators.changed(StructureModule.NAME);
    return territories.saveAndFlush(territory).summary();
  }

  @Transactional
  @CacheEvict(cacheNames = COUNT_CACHE, keyGenerator = "tenantOnlyKeyGenerator")
  @RolesAllowed(StructureAccess.DELETE)
  public void delete(UUID id) {
    indicators.changed(StructureModule.NAME);
    territories.delete(find(id));
  }

  /** Names of the territories among {@code ids} that exist in this municipality (others are absent). */
  @RolesAllowed(StructureAccess.READ)
  public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
    java.util.Map<UUID, String> names = new java.util.HashMap<>();
    territories.findAllById(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
        .forEach(territory -> names.put(territory.id(), territory.name()));
    return names;
  }

  /** The schema this session reads: lets isolation tests prove where a read landed. */
  @RolesAllowed(StructureAccess.READ)
  public String currentSchema() {
    return territories.currentSchema();
  }

  private Territory find(UUID id) {
    // Another municipality's id simply does not exist in this schema: "not found", never its data.
    return territories.findById(id)
        .orElseThrow(() -> new NotFoundException("structure.territory.not-found", id));
  }
}
