package br.org.teia.structure.unit;

import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** Units of the municipality named by the caller's token, and their services. The service enforces the same roles and rules again. */
@RestController
@RequestMapping("/api/v1/structure")
@Tag(name = "Estrutura: unidades e serviços")
class UnitApi {

  private final UnitService units;
  private final UnitExport export;

  UnitApi(UnitService units, UnitExport export) {
    this.units = units;
    this.export = export;
  }

  @GetMapping("/typified-services")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Serviços da Tipificação Nacional (Resolução CNAS nº 109/2009) e as unidades que podem ofertá-los")
  List<TypifiedServiceSummary> catalogue() {
    return units.catalogue();
  }

  @GetMapping("/units")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Lista as unidades, com busca por nome ou endereço, filtro por tipo e paginação")
  Page<UnitSummary> list(@RequestParam(defaultValue = "") String search, @RequestParam(required = false) UnitType type,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return units.list(search, type, page, size);
  }

  @GetMapping("/units/export.csv")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Exporta as unidades em CSV (UTF-8, separado por ponto e vírgula)")
  ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) UnitType type, HttpServletRequest request) {
    return Downloads.attachment(export.csv(search, type, Messages.locale(request)), "unidades.csv", Spreadsheet.CSV_TYPE);
  }

  @GetMapping("/units/export.xlsx")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Exporta as unidades em planilha XLSX")
  ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) UnitType type, HttpServletRequest request) {
    return Downloads.attachment(export.xlsx(search, type, Messages.locale(request)), "unidades.xlsx", Spreadsheet.XLSX_TYPE);
  }

  @GetMapping("/units/{id}")
  @RolesAllowed(StructureAccess.READ)
  UnitSummary get(@PathVariable UUID id) {
    return units.get(id);
  }

  @PostMapping("/units")
  @RolesAllowed(StructureAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  UnitSummary create(@RequestBody UnitForm form) {
    return units.create(form);
  }

  @PutMapping("/units/{id}")
  @RolesAllowed(StructureAccess.WRITE)
  UnitSummary update(@PathVariable UUID id, @RequestParam int version, @RequestBody UnitForm form) {
    return units.update(id, version, form);
  }

  @DeleteMapping("/units/{id}")
  @RolesAllowed(StructureAccess.DELETE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id) {
    units.delete(id);
  }

  @PutMapping("/units/{id}/services/{code}")
  @RolesAllowed(StructureAccess.WRITE)
  @Operation(summary = "Passa a ofertar um serviço da Tipificação na unidade (recusado se o tipo de unidade não pode ofertá-lo)")
  UnitSummary addService(@PathVariable UUID id, @PathVariable String code) {
    return units.addService(id, code);
  }

  @DeleteMapping("/units/{id}/services/{code}")
  @RolesAllowed(StructureAccess.WRITE)
  @Operation(summary = "Deixa de ofertar um serviço na unidade")
  UnitSummary removeService(@PathVariable UUID id, @PathVariable String code) {
    return units.removeService(id, code);
  }
}
