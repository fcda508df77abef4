package br.org.teia.structure.entity;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.StructureModule;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.unit.ProtectionLevel;
import br.org.teia.structure.unit.TypifiedServiceSummary;
import br.org.teia.structure.unit.UnitService;
import jakarta.annotation.security.PermitAll;
import br.org.teia.kernel.search.SearchFolding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The municipality's network of social-assistance entities. The rules hold here whatever the entry
 * point (form, API, import): a valid CNPJ, once per municipality; services of the Tipificação only,
 * each serving at least one person or family. Municipal manager and staff keep the list; council
 * secretary and members read it; association roles never read it (they see only
 * {@link #figures()}, through the indicators). Inscription statuses come from the councils
 * (see {@link EntityInscriptionListener}) and are only read here.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class SocialEntityService {

  /** The council the list shows and filters by. */
  public static final String CMAS = "CMAS";
  static final Sort BY_NAME = Sort.by("legalName");

  private final SocialEntityRepository entities;
  private final EntityInscriptionRepository inscriptions;
  private final EntityInscriptionStepRepository history;
  private final UnitService units;
  private final TerritoryService territories;
  private final Clock clock;
  private final Indicators indicators;
  /** The Tipificação by code: reference rows seeded by changeset, the same in every municipality and never written. */
  private volatile Map<String, TypifiedServiceSummary> catalogue;

  SocialEntityService(SocialEntityRepository entities, EntityInscriptionRepository inscriptions,
      EntityInscriptionStepRepository history, UnitService units, TerritoryService territories, Clock clock,
      Indicators indicators) {
    this.entities = entities;
    this.inscriptions = inscriptions;
    this.history = history;
    this.units = units;
    this.territories = territories;
    this.clock = clock;
    this.indicators = indicators;
  }

  /**
   * Entities whose legal or trade name contains {@code search}, or whose CNPJ contains its digits
   * (typed with or without punctuation); with {@code state}, only those whose CMAS inscription
   * stands so ({@link InscriptionState#NOT_INSCRIBED}: no status published). By legal name.
   */
  @RolesAllowed(StructureAccess.READ)
  public Page<SocialEntitySummary> list(String search, InscriptionState state, int page, int size) {
    var request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 200), BY_NAME);
    String text = search == null ? "" : search.strip();
    Page<SocialEntity> found = entities.search(SearchFolding.pattern(text), digitsOf(text), state == null,
        state == InscriptionState.NOT_INSCRIBED, CMAS, state == null ? null : state.status(), request);
    return new PageImpl<>(summaries(found.getContent()), request, found.getTotalElements());
  }

  /** Every entity matching, for exports. */
  @RolesAllowed(StructureAccess.READ)
  public List<SocialEntitySummary> listAll(String search, InscriptionState state) {
    String text = search == null ? "" : search.strip();
    return summaries(entities.searchAll(SearchFolding.pattern(text), digitsOf(text), state == null, state == InscriptionState.NOT_INSCRIBED,
        CMAS, state == null ? null : state.status(), BY_NAME));
  }

  @RolesAllowed(StructureAccess.READ)
  public long count() {
    return entities.count();
  }

  @RolesAllowed(StructureAccess.READ)
  public SocialEntitySummary get(UUID id) {
    return summary(find(id));
  }

  /** The entity registered with {@code cnpj} (with or without punctuation), if any. */
  @RolesAllowed(StructureAccess.READ)
  public java.util.Optional<SocialEntitySummary> findByCnpj(String cnpj) {
    return Cnpj.parse(cnpj).flatMap(valid -> entities.findByCnpj(valid.digits())).map(this::summary);
  }

  /** Every inscription step the councils published for the entity, in the order received. */
  @RolesAllowed(StructureAccess.READ)
  public List<InscriptionStep> history(UUID id) {
    return history.findAllByCnpjOrderById(find(id).cnpj()).stream().map(EntityInscriptionStep::summary).toList();
  }

  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public SocialEntitySummary create(@Valid SocialEntityForm form) {
    if (form.cnpj() != null && entities.existsByCnpj(form.cnpj())) {
      throw new DomainRefusal("cnpj", "structure.entity.duplicate", Cnpj.format(form.cnpj()));
    }
    check(form);
    indicators.changed(StructureModule.NAME);
    return summary(entities.saveAndFlush(SocialEntity.create(form, clock)));
  }

  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public SocialEntitySummary update(UUID id, int expectedVersion, @Valid SocialEntityForm form) {
    SocialEntity entity = find(id);
    if (entity.version() != expectedVersion) {
      throw new TeiaException("structure.entity.stale", entity.legalName());
    }
    if (form.cnpj() != null && entities.existsByCnpjAndIdNot(form.cnpj(), id)) {
      throw new DomainRefusal("cnpj", "structure.entity.duplicate", Cnpj.format(form.cnpj()));
    }
    check(form);
    entity.apply(form, clock);
    indicators.changed(StructureModule.NAME);
    return summary(entities.saveAndFlush(entity));
  }

  /**
   * Removes the entity from the network list. What councils published about its CNPJ stays (it is
   * the councils' record) and shows again if the entity is registered anew.
   */
  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public void delete(UUID id) {
    entities.delete(find(id));
    indicators.changed(StructureModule.NAME);
  }

  /**
   * Aggregate-only figures for the association's indicators: counts and sums, nothing about any
   * one entity. Open to any caller inside a tenant scope (the indicator rollup runs as platform
   * work, without a municipal role); the tenant scope itself is still required by the session.
   */
  @PermitAll
  public EntityFigures figures() {
    Map<ActionType, Long> byAction = new EnumMap<>(ActionType.class);
    for (ActionType type : ActionType.values()) {
      byAction.put(type, 0L);
    }
    Map<ProtectionLevel, Long> capacity = new EnumMap<>(ProtectionLevel.class);
    for (ProtectionLevel level : ProtectionLevel.values()) {
      capacity.put(level, 0L);
    }
    long registered = 0;
    long inscribed = 0;
    // One statement: the indicator rollup computes these before every write of the module commits.
    for (Object[] row : entities.figures(CMAS, InscriptionStatus.INSCRIBED.name())) {
      long value = row[2] == null ? 0 : ((Number) row[2]).longValue();
      switch ((String) row[0]) {
        case "entities" -> registered = value;
        case "inscribed" -> inscribed = value;
        case "action" -> byAction.put(ActionType.valueOf((String) row[1]), value);
        case "capacity" -> capacity.put(ProtectionLevel.valueOf((String) row[1]), value);
        default -> throw new IllegalStateException("unknown figure " + row[0]);
      }
    }
    return new EntityFigures(registered, byAction, inscribed, capacity);
  }

  /** What the form cannot know: the territory exists here, each service is in the Tipificação, the CNPJ's digits. */
  private void check(SocialEntityForm form) {
    if (Cnpj.parse(form.cnpj()).isEmpty()) {
      throw new DomainRefusal("cnpj", "structure.entity.cnpj.invalid");
    }
    if (form.territoryId() != null && !territories.names(Set.of(form.territoryId())).containsKey(form.territoryId())) {
      throw new DomainRefusal("territoryId", "structure.entity.territory.not-found");
    }
    Set<String> known = catalogue().keySet();
    for (ServiceOffer offer : form.services()) {
      if (offer.serviceCode() == null || !known.contains(offer.serviceCode())) {
        throw new DomainRefusal("serviceCode", "structure.entity.service.unknown", offer.serviceCode());
      }
    }
  }

  private Map<String, TypifiedServiceSummary> catalogue() {
    Map<String, TypifiedServiceSummary> known = catalogue;
    if (known == null) {
      known = units.catalogue().stream()
          .collect(Collectors.toUnmodifiableMap(TypifiedServiceSummary::code, Function.identity()));
      catalogue = known;
    }
    return known;
  }

  private SocialEntity find(UUID id) {
    // Another municipality's id simply does not exist in this schema: "not found", never its data.
    return entities.findById(id).orElseThrow(() -> new NotFoundException("structure.entity.not-found", id));
  }

  private static String digitsOf(String search) {
    String stripped = Cnpj.strip(search);
    return stripped != null && stripped.matches("\\d+") ? stripped : "";
  }

  private SocialEntitySummary summary(SocialEntity entity) {
    return summaries(List.of(entity)).getFirst();
  }

  private List<SocialEntitySummary> summaries(List<SocialEntity> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> territoryNames = territories.names(found.stream().map(SocialEntity::territoryId).toList());
    Map<String, List<EntityInscription>> byCnpj = new HashMap<>();
    inscriptions.findAllByCnpjIn(found.stream().map(SocialEntity::cnpj).toList())
        .forEach(i -> byCnpj.computeIfAbsent(i.cnpj(), c -> new ArrayList<>()).add(i));
    Map<String, TypifiedServiceSummary> catalogue = catalogue();
    return found.stream().map(entity -> {
      List<InscriptionSummary> councils = new ArrayList<>(byCnpj.getOrDefault(entity.cnpj(), List.of()).stream()
          .map(EntityInscription::summary).toList());
      InscriptionSummary cmas = councils.stream().filter(i -> i.council().equals(CMAS)).findFirst()
          .orElseGet(() -> {
            InscriptionSummary none = InscriptionSummary.none(CMAS);
            councils.add(none);
            return none;
          });
      councils.sort(Comparator.comparing((InscriptionSummary i) -> !i.council().equals(CMAS))
          .thenComparing(InscriptionSummary::council));
      List<ServiceOfferSummary> services = entity.services().entrySet().stream()
          .map(e -> {
            TypifiedServiceSummary service = catalogue.get(e.getKey());
            return new ServiceOfferSummary(e.getKey(), service.name(), service.protectionLevel(), e.getValue());
          })
          .sorted(Comparator.comparingInt(s -> catalogue.get(s.serviceCode()).position()))
          .toList();
      return new SocialEntitySummary(entity.id(), entity.cnpj(), Cnpj.format(entity.cnpj()), entity.legalName(),
          entity.tradeName(), entity.actions(), services, entity.cneasNumber(), entity.address(),
          entity.territoryId(), territoryNames.get(entity.territoryId()), Phones.format(entity.phone()),
          entity.email(), entity.contactName(), cmas, List.copyOf(councils), entity.version());
    }).toList();
  }
}
