package br.org.teia.structure.workforce;

import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
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
 * Workers of the municipality named by the caller's token. CPFs are answered masked; the whole CPF
 * only at {@code /{id}/cpf}, for the manager and staff, audited. The service enforces it all again.
 */
@RestController
@RequestMapping("/api/v1/structure/workers")
@Tag(name = "Estrutura: trabalhadores do SUAS")
class WorkerApi {

  /** The whole CPF of one worker. */
  record CpfAnswer(UUID workerId, String cpf) {}

  private final WorkerService workers;
  private final WorkerExport export;

  WorkerApi(WorkerService workers, WorkerExport export) {
    this.workers = workers;
    this.export = export;
  }

  @GetMapping
  @RolesAllowed(StructureAccess.WORKFORCE)
  @Operation(summary = "Lista os trabalhadores (CPF mascarado), com busca por nome, filtro por unidade e paginação")
  Page<WorkerSummary> list(@RequestParam(defaultValue = "") String search, @RequestParam(required = false) UUID unitId,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return workers.list(search, unitId, page, size);
  }

  @GetMapping("/export.csv")
  @RolesAllowed(StructureAccess.WORKFORCE)
  @Operation(summary = "Exporta os trabalhadores em CSV (CPF mascarado)")
  ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) UUID unitId, HttpServletRequest request) {
    return Downloads.attachment(export.csv(search, unitId, Messages.locale(request)), "trabalhadores.csv", Spreadsheet.CSV_TYPE);
  }

  @GetMapping("/export.xlsx")
  @RolesAllowed(StructureAccess.WORKFORCE)
  @Operation(summary = "Exporta os trabalhadores em planilha XLSX (CPF mascarado)")
  ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) UUID unitId, HttpServletRequest request) {
    return Downloads.attachment(export.xlsx(search, unitId, Messages.locale(request)), "trabalhadores.xlsx", Spreadsheet.XLSX_TYPE);
  }

  @GetMapping("/{id}")
  @RolesAllowed(StructureAccess.WORKFORCE)
  @Operation(summary = "Lê um trabalhador (CPF mascarado)")
  WorkerSummary get(@PathVariable UUID id) {
    return workers.get(id);
  }

  @GetMapping("/{id}/cpf")
  @RolesAllowed(StructureAccess.WORKER_CPF)
  @Operation(summary = "Mostra o CPF completo de um trabalhador (gestor e técnico; cada leitura fica registrada na auditoria)")
  CpfAnswer cpf(@PathVariable UUID id) {
    return new CpfAnswer(id, workers.revealCpf(id));
  }

  @PostMapping
  @RolesAllowed(StructureAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Cadastra um trabalhador numa unidade")
  WorkerSummary create(@RequestBody WorkerForm form) {
    return workers.create(form);
  }

  @PutMapping("/{id}")
  @RolesAllowed(StructureAccess.WRITE)
  @Operation(summary = "Altera um trabalhador; informe a versão lida; CPF em branco mantém o cadastrado")
  WorkerSummary update(@PathVariable UUID id, @RequestParam int version, @RequestBody WorkerForm form) {
    return workers.update(id, version, form);
  }

  @DeleteMapping("/{id}")
  @RolesAllowed(StructureAccess.DELETE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id) {
    workers.delete(id);
  }
}
