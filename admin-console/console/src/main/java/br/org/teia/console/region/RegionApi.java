package br.org.teia.console.region;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.suas.SizeClass;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Region sets and built-in peer groups for association staff. The service enforces the same roles and rules again. */
@RestController
@RequestMapping("/api/v1/console")
@Tag(name = "Console da associação: regiões e grupos de pares")
@RolesAllowed(ConsoleAccess.STAFF)
class RegionApi {

  /** Body placing a municipality: the region's id. */
  record Placement(UUID regionId) {}

  private final RegionService regions;

  RegionApi(RegionService regions) {
    this.regions = regions;
  }

  @GetMapping("/region-sets")
  List<RegionSetSummary> sets() {
    return regions.sets();
  }

  @PostMapping("/region-sets")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Cria um conjunto de regiões para os municípios de um estado")
  RegionSetSummary create(@RequestBody RegionSetForm form) {
    return regions.create(form);
  }

  @GetMapping("/region-sets/{id}")
  RegionSetSummary set(@PathVariable UUID id) {
    return regions.set(id);
  }

  @PutMapping("/region-sets/{id}")
  @Operation(summary = "Renomeia o conjunto")
  RegionSetSummary rename(@PathVariable UUID id, @RequestBody RegionSetName form) {
    return regions.rename(id, form);
  }

  @DeleteMapping("/region-sets/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id) {
    regions.delete(id);
  }

  @PostMapping(path = "/region-sets/{id}/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @Operation(summary = "Substitui as regiões do conjunto pelas de um CSV (código IBGE;região): tudo ou nada,"
      + " cada linha errada informada (422)")
  ImportResult importCsv(@PathVariable UUID id, @RequestBody byte[] csv) {
    return regions.importCsv(id, csv);
  }

  @GetMapping("/region-sets/{id}/regions")
  List<RegionSummary> regions(@PathVariable UUID id) {
    return regions.regions(id);
  }

  @PostMapping("/region-sets/{id}/regions")
  @ResponseStatus(HttpStatus.CREATED)
  RegionSummary addRegion(@PathVariable UUID id, @RequestBody RegionName form) {
    return regions.addRegion(id, form);
  }

  @PutMapping("/region-sets/{id}/regions/{regionId}")
  RegionSummary renameRegion(@PathVariable UUID id, @PathVariable UUID regionId, @RequestBody RegionName form) {
    return regions.renameRegion(id, regionId, form);
  }

  @DeleteMapping("/region-sets/{id}/regions/{regionId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void deleteRegion(@PathVariable UUID id, @PathVariable UUID regionId) {
    regions.deleteRegion(id, regionId);
  }

  @GetMapping("/region-sets/{id}/municipalities")
  @Operation(summary = "Municípios do conjunto (ou de uma região: regionId), indicando os que são membros")
  List<RegionMunicipality> municipalities(@PathVariable UUID id, @RequestParam(required = false) UUID regionId) {
    return regions.municipalities(id, regionId);
  }

  @PutMapping("/region-sets/{id}/municipalities/{ibge}")
  @Operation(summary = "Coloca o município numa região do conjunto (tirando-o de outra, se estava)")
  RegionMunicipality place(@PathVariable UUID id, @PathVariable String ibge, @RequestBody Placement placement) {
    return regions.place(id, ibge, placement.regionId());
  }

  @DeleteMapping("/region-sets/{id}/municipalities/{ibge}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable UUID id, @PathVariable String ibge) {
    regions.remove(id, ibge);
  }

  @GetMapping("/peer-groups")
  @Operation(summary = "Grupos de pares por porte do município (derivados da população registrada)")
  List<PeerGroup> peerGroups() {
    return regions.peerGroups();
  }

  @GetMapping("/peer-groups/{sizeClass}")
  List<RegionMunicipality> peerGroup(@PathVariable SizeClass sizeClass) {
    return regions.peerGroupMembers(sizeClass);
  }
}
