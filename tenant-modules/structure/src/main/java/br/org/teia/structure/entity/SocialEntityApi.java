package br.org.teia.structure.entity;

import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/**
 * The network of social-assistance entities of the municipality named by the caller's token. The
 * service enforces the same roles and rules again; association roles are refused (403).
 */
@RestController
@RequestMapping("/api/v1/structure/entities")
@Tag(name = "Estrutura: entidades e organizações de assistência social")
class SocialEntityApi {

  private final SocialEntityService entities;
  private final SocialEntityExport export;

  SocialEntityApi(SocialEntityService entities, SocialEntityExport export) {
    this.entities = entities;
    this.export = export;
  }

  @GetMapping
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Lista as entidades, com busca por razão social, nome fantasia ou CNPJ, filtro pela "
      + "situação da inscrição no CMAS e paginação")
  Page<SocialEntitySummary> list(@RequestParam(defaultValue = "") String search,
      @Parameter(description = "situação da inscrição no CMAS; NOT_INSCRIBED = nenhuma publicada")
      @RequestParam(required = false) InscriptionState status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return entities.list(search, status, page, size);
  }

  @GetMapping("/export.csv")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Exporta as entidades em CSV (UTF-8, separado por ponto e vírgula)")
  ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) InscriptionState status, HttpServletRequest request) {
    return Downloads.attachment(export.csv(search, status, Messages.locale(request)), "entidades.csv", Spreadsheet.CSV_TYPE);
  }

  @GetMapping("/export.xlsx")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Exporta as entidades em planilha XLSX")
  ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) InscriptionState status, HttpServletRequest request) {
    return Downloads.attachment(export.xlsx(search, status, Messages.locale(request)), "entidades.xlsx", Spreadsheet.XLSX_TYPE);
  }

  @GetMapping("/{id}")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Lê uma entidade, com a situação da inscrição em cada conselho")
  SocialEntitySummary get(@PathVariable UUID id) {
    return entities.get(id);
  }

  @GetMapping("/{id}/inscription-history")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Histórico das inscrições da entidade publicadas pelos conselhos, na ordem em que chegaram")
  List<InscriptionStep> history(@PathVariable UUID id) {
    return entities.history(id);
  }

  @PostMapping
  @RolesAllowed(StructureAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Cadastra uma entidade (CNPJ válido e único no município; serviços da Tipificação com "
      + "capacidade maior que zero)")
  SocialEntitySummary create(@RequestBody SocialEntityForm form) {
    return entities.create(form);
  }

  @PutMapping("/{id}")
  @RolesAllowed(StructureAccess.WRITE)
  @Operation(summary = "Altera uma entidade; informe a versão lida")
  SocialEntitySummary update(@PathVariable UUID id, @RequestParam int version, @RequestBody SocialEntityForm form) {
    return entities.update(id, version, form);
  }

  @DeleteMapping("/{id}")
  @RolesAllowed(StructureAccess.WRITE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Retira a entidade da rede; as inscrições publicadas pelos conselhos permanecem")
  void delete(@PathVariable UUID id) {
    entities.delete(id);
  }
}
