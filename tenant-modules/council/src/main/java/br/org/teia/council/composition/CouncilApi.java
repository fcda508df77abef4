package br.org.teia.council.composition;

import br.org.teia.council.CouncilAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
 * Councils, their rules and composition, in the municipality named by the caller's token. The
 * council's secretary writes; council members and the municipal manager read. The service
 * enforces the same roles and rules again.
 */
@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Conselhos: regras e composição")
class CouncilApi {

  private final CompositionService composition;

  CouncilApi(CompositionService composition) {
    this.composition = composition;
  }

  @GetMapping("/councils")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Lista os conselhos do município com suas regras (cadeiras, mandatos, quórum, antecedência)")
  List<CouncilSummary> list() {
    return composition.councils();
  }

  @GetMapping("/councils/{id}")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Um conselho e suas regras")
  CouncilSummary get(@PathVariable UUID id) {
    return composition.council(id);
  }

  @PostMapping("/councils")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Cadastra um conselho (recusado se os segmentos quebram a paridade, titulares e suplentes)")
  CouncilSummary create(@RequestBody CouncilForm form) {
    return composition.create(form);
  }

  @PutMapping("/councils/{id}")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Altera as regras e os segmentos de um conselho (version: a versão lida)")
  CouncilSummary update(@PathVariable UUID id, @RequestParam int version, @RequestBody CouncilForm form) {
    return composition.update(id, version, form);
  }

  @GetMapping("/councils/{id}/composition")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Cadeiras com titular e suplente numa data, paridade, vagas e mandatos que terminam em breve")
  CompositionSummary composition(@PathVariable UUID id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(defaultValue = "" + CompositionService.ENDING_SOON_DAYS) int endingWithinDays) {
    return composition.composition(id, on, endingWithinDays);
  }

  @GetMapping("/councils/{id}/mandates")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Todos os mandatos do conselho (CPF mascarado)")
  List<MandateSummary> mandates(@PathVariable UUID id) {
    return composition.mandates(id);
  }

  @PostMapping("/councils/{id}/mandates")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registra um mandato de titular ou suplente numa cadeira (recusa terceiro mandato consecutivo, "
      + "cadeira ocupada, trabalhador em cargo de direção ou chefia na cadeira dos trabalhadores)")
  MandateSummary addMandate(@PathVariable UUID id, @RequestBody MandateForm form) {
    return composition.addMandate(id, form);
  }

  @PostMapping("/mandates/{mandateId}/end")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Encerra um mandato antes do fim (renúncia, substituição)")
  MandateSummary endMandate(@PathVariable UUID mandateId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    return composition.endMandate(mandateId, on);
  }

  @GetMapping("/councils/{id}/presidencies")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Presidências do conselho")
  List<PresidencySummary> presidencies(@PathVariable UUID id) {
    return composition.presidencies(id);
  }

  @PostMapping("/councils/{id}/presidencies")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registra uma presidência (alternância governo/sociedade civil; uma recondução)")
  PresidencySummary addPresidency(@PathVariable UUID id, @RequestBody PresidencyForm form) {
    return composition.addPresidency(id, form);
  }
}
