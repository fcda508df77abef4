package br.org.teia.structure.territory;

import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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

/** Territories of the municipality named by the caller's token. The service enforces the same roles again. */
@RestController
@RequestMapping("/api/v1/structure/territories")
@Tag(name = "Estrutura: territórios")
class TerritoryApi {

  private final TerritoryService territories;
  private final TerritoryExport export;

  TerritoryApi(TerritoryService territories, TerritoryExport export) {
    this.territories = territories;
    this.export = export;
  }

  @GetMapping("/export.csv")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Exporta os territórios em CSV (UTF-8, separado por ponto e vírgula)")
  ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String search, HttpServletRequest request) {
    return Spreadsheet.attachment(export.csv(search, Messages.locale(request)), "territorios.csv", Spreadsheet.CSV_TYPE);
  }

  @GetMapping("/export.xlsx")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Exporta os territórios em planilha XLSX")
  ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "") String search, HttpServletRequest request) {
    return Spreadsheet.attachment(export.xlsx(search, Messages.locale(request)), "territorios.xlsx", Spreadsheet.XLSX_TYPE);
  }

  @GetMapping
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Lista os territórios, com busca por nome e paginação")
  Page<TerritorySummary> list(@RequestParam(defaultValue = "") String search,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return territories.list(search, page, size);
  }

  @GetMapping("/{id}")
  @RolesAllowed(StructureAccess.READ)
  TerritorySummary get(@PathVariable UUID id) {
    return territories.get(id);
  }

  @PostMapping
  @RolesAllowed(StructureAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  TerritorySummary create(@RequestBody TerritoryForm form) {
    return territories.create(form);
  }

  @PutMapping("/{id}")
  @RolesAllowed(StructureAccess.WRITE)
  TerritorySummary update(@PathVariable UUID id, @RequestParam int version, @RequestBody TerritoryForm form) {
    return territories.update(id, version, form);
  }

  @DeleteMapping("/{id}")
  @RolesAllowed(StructureAccess.DELETE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id) {
    territories.delete(id);
  }
}
