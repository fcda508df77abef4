package br.org.teia.console.region;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.csv.CsvLines;
import br.org.teia.console.csv.RowError;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.console.member.MemberService;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.Municipality;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Region sets of the association: made by hand or imported from CSV ({@code código IBGE;região}).
 * A set groups municipalities of one state; each municipality is in at most one region of a set.
 * An import replaces the set's regions all at once or, when any line is wrong, changes nothing and
 * reports every wrong line. Peer groups by size class are built in and derived from the members'
 * recorded population.
 */
@Service
@Validated
@Transactional(readOnly = true)
@RolesAllowed(ConsoleAccess.STAFF)
public class RegionService {

  static final int MAX_NAME = 120;

  private final RegionRepository regions;
  private final Municipalities municipalities;
  private final MemberService members;

  RegionService(RegionRepository regions, Municipalities municipalities, MemberService members) {
    this.regions = regions;
    this.municipalities = municipalities;
    this.members = members;
  }

  public List<RegionSetSummary> sets() {
    return regions.sets();
  }

  public RegionSetSummary set(UUID id) {
    return regions.set(id).orElseThrow(() -> new NotFoundException("console.region-set.not-found", id));
  }

  @Transactional
  public RegionSetSummary create(@Valid RegionSetForm form) {
    municipalities.ofState(form.uf()); // refuses an unknown state
    if (regions.setNameTaken(form.name(), null)) {
      throw new DomainRefusal("name", "console.region-set.duplicate", form.name());
    }
    UUID id = UUID.randomUUID();
    regions.createSet(id, form.name(), form.uf());
    return set(id);
  }

  @Transactional
  public RegionSetSummary rename(UUID id, @Valid RegionSetName form) {
    set(id);
    if (regions.setNameTaken(form.name(), id)) {
      throw new DomainRefusal("name", "console.region-set.duplicate", form.name());
    }
    regions.renameSet(id, form.name());
    return set(id);
  }

  @Transactional
  public void delete(UUID id) {
    set(id);
    regions.deleteSet(id);
  }

  public List<RegionSummary> regions(UUID set) {
    set(set);
    return regions.regions(set);
  }

  @Transactional
  public RegionSummary addRegion(UUID set, @Valid RegionName form) {
    set(set);
    regions.lock(set);
    if (regions.regionNamed(set, form.name()).isPresent()) {
      throw new TeiaException("console.region.duplicate", form.name());
    }
    UUID id = UUID.randomUUID();
    regions.createRegion(set, id, form.name());
    regions.touch(set);
    return region(set, id);
  }

  @Transactional
  public RegionSummary renameRegion(UUID set, UUID region, @Valid RegionName form) {
    requireRegion(set, region);
    regions.regionNamed(set, form.name()).filter(other -> !other.equals(region)).ifPresent(other -> {
      throw new TeiaException("console.region.duplicate", form.name());
    });
    regions.renameRegion(region, form.name());
    regions.touch(set);
    return region(set, region);
  }

  /** Deletes the region; its municipalities are left in no region of the set. */
  @Transactional
  public void deleteRegion(UUID set, UUID region) {
    requireRegion(set, region);
    regions.deleteRegion(region);
    regions.touch(set);
  }

  /** The municipalities of the set, or of one of its regions, with their member status. */
  public List<RegionMunicipality> municipalities(UUID set, UUID region) {
    set(set);
    if (region != null) {
      requireRegion(set, region);
    }
    return regions.placements(set, region).stream()
        .map(p -> new RegionMunicipality(p.ibgeCode(), nameOf(p.ibgeCode()), p.region(), p.memberStatus()))
        .toList();
  }

  /** Puts a municipality of the set's state in a region, taking it out of any other region of the set. */
  @Transactional
  public RegionMunicipality place(UUID set, String ibgeCode, UUID region) {
    RegionSetSummary target = set(set);
    String regionName = requireRegion(set, region);
    Municipality m = municipalities.require(ibgeCode);
    if (!m.uf().equals(target.uf())) {
      throw new TeiaException("console.region.other-state", m.name(), m.uf(), target.uf());
    }
    regions.place(set, region, m.id().ibgeCode());
    regions.touch(set);
    TenantStatus status = regions.memberStatuses(List.of(m.id().ibgeCode())).get(m.id().ibgeCode());
    return new RegionMunicipality(m.id().ibgeCode(), m.name(), regionName, status);
  }

  @Transactional
  public void remove(UUID set, String ibgeCode) {
    set(set);
    TenantId id = TenantId.of(ibgeCode);
    if (!regions.remove(set, id.ibgeCode())) {
      throw new NotFoundException("console.region.not-placed", id.ibgeCode());
    }
    regions.touch(set);
  }

  /**
   * Replaces the set's regions with those of a CSV file, one {@code código IBGE;região} per line.
   * All or nothing: a code that is malformed, unknown, of another state or repeated, or a line
   * without a region, refuses the whole file with every such line reported, and nothing changes.
   */
  @Transactional
  public ImportResult importCsv(UUID set, byte[] csv) {
    RegionSetSummary target = set(set);
    regions.lock(set);
    List<CsvLines.Row> rows = CsvLines.parse(csv);
    List<RowError> errors = new ArrayList<>();
    if (rows.isEmpty()) {
      errors.add(new RowError(0, "", "console.import.empty"));
    }
    Map<String, Integer> firstLine = new HashMap<>();
    Map<String, String> regionSpelling = new LinkedHashMap<>(); // lower-case name -> first spelling
    Map<String, String> placements = new LinkedHashMap<>(); // code -> lower-case region name
    for (CsvLines.Row row : rows) {
      String code = row.field(0);
      String region = row.field(1).strip();
      Municipality m;
      try {
        m = municipalities.require(code);
      } catch (TeiaException e) {
        errors.add(new RowError(row.line(), row.text(), e.messageKey(), e.arguments()));
        continue;
      }
      String id = m.id().ibgeCode();
      if (!m.uf().equals(target.uf())) {
        errors.add(new RowError(row.line(), row.text(), "console.region.other-state", m.name(), m.uf(), target.uf()));
        continue;
      }
      if (firstLine.containsKey(id)) {
        errors.add(new RowError(row.line(), row.text(), "console.region.import.duplicate", m.name(), firstLine.get(id)));
        continue;
      }
      firstLine.put(id, row.line());
      if (region.isEmpty()) {
        errors.add(new RowError(row.line(), row.text(), "console.region.import.region-empty", m.name()));
        continue;
      }
      if (region.length() > MAX_NAME) {
        errors.add(new RowError(row.line(), row.text(), "console.region.name.size"));
        continue;
      }
      String key = region.toLowerCase(Locale.ROOT);
      regionSpelling.putIfAbsent(key, region);
      placements.put(id, key);
    }
    if (!errors.isEmpty()) {
      throw new RowErrorsException(errors);
    }
    regions.clear(set);
    Map<String, UUID> ids = new HashMap<>();
    regionSpelling.forEach((key, name) -> {
      UUID id = UUID.randomUUID();
      regions.createRegion(set, id, name);
      ids.put(key, id);
    });
    placements.forEach((code, key) -> regions.place(set, ids.get(key), code));
    regions.touch(set);
    return new ImportResult(regionSpelling.size(), placements.size());
  }

  /** The set as groups for comparisons: region name -> municipalities (members or not). */
  public Map<String, List<TenantId>> grouping(UUID set) {
    set(set);
    Map<String, List<TenantId>> groups = new LinkedHashMap<>();
    regions.regions(set).forEach(r -> groups.put(r.name(), new ArrayList<>()));
    regions.placements(set, null).forEach(p -> groups.get(p.region()).add(TenantId.of(p.ibgeCode())));
    return groups;
  }

  /** The built-in peer groups: members by size class of their recorded population. */
  public List<PeerGroup> peerGroups() {
    Map<SizeClass, List<TenantId>> bySize = members.peerGroups();
    return bySize.entrySet().stream()
        .map(e -> new PeerGroup(e.getKey(), e.getKey().from(),
            e.getKey().upTo() == Integer.MAX_VALUE ? null : e.getKey().upTo(), List.copyOf(e.getValue())))
        .toList();
  }

  /** The members of one peer group, as rows for the members grid. */
  public List<RegionMunicipality> peerGroupMembers(SizeClass size) {
    List<TenantId> ids = members.peerGroups().getOrDefault(size, List.of());
    Map<String, TenantStatus> statuses = regions.memberStatuses(ids.stream().map(TenantId::ibgeCode).toList());
    return ids.stream()
        .map(id -> new RegionMunicipality(id.ibgeCode(), nameOf(id.ibgeCode()), null, statuses.get(id.ibgeCode())))
        .toList();
  }

  private RegionSummary region(UUID set, UUID region) {
    return regions.regions(set).stream().filter(r -> r.id().equals(region)).findFirst()
        .orElseThrow(() -> new NotFoundException("console.region.not-found", region));
  }

  private String requireRegion(UUID set, UUID region) {
    set(set);
    if (region == null) {
      throw new TeiaException("console.region.required");
    }
    return regions.regionName(set, region).orElseThrow(() -> new NotFoundException("console.region.not-found", region));
  }

  private String nameOf(String ibgeCode) {
    return municipalities.find(TenantId.of(ibgeCode)).map(Municipality::name).orElse(ibgeCode);
  }
}
