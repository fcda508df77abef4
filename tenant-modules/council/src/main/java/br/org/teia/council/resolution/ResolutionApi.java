package br.org.teia.council.resolution;

import br.org.teia.council.CouncilAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import br.org.teia.council.meeting.DeliberatedItem;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A council's resolutions. The service enforces the same roles and rules again. */
@RestController
@RequestMapping("/api/v1/council/councils/{councilId}/resolutions")
@Tag(name = "Conselhos: resoluções")
class ResolutionApi {

  private final ResolutionService resolutions;

  ResolutionApi(ResolutionService resolutions) {
    this.resolutions = resolutions;
  }

  @GetMapping
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Resoluções do conselho, mais recentes primeiro; 'q' busca no título e no texto (em português: "
      + "\"frase exata\", -excluir)")
  ResolutionPage list(@PathVariable UUID councilId, @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return resolutions.list(councilId, q, page, size);
  }

  @GetMapping("/deliberated-items")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Itens de pauta deliberados (votados em reunião realizada) que ainda não têm resolução")
  List<DeliberatedItem> pendingItems(@PathVariable UUID councilId) {
    return resolutions.pendingItems(councilId);
  }

  @GetMapping("/{id}")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Uma resolução")
  ResolutionSummary get(@PathVariable UUID councilId, @PathVariable UUID id) {
    return resolutions.resolution(councilId, id);
  }

  @PostMapping
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Redige a resolução de um item de pauta deliberado (votado em reunião realizada); recebe o "
      + "próximo número do conselho no ano da reunião")
  ResolutionSummary create(@PathVariable UUID councilId, @RequestBody ResolutionForm form) {
    return resolutions.create(councilId, form);
  }

  @PutMapping("/{id}")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Corrige o título e o texto de uma resolução em rascunho (recusado depois de publicada)")
  ResolutionSummary redraft(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody ResolutionForm form) {
    return resolutions.redraft(councilId, id, form);
  }

  @PostMapping("/{id}/publish")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Publica a resolução hoje; depois de publicada ela não muda mais")
  ResolutionSummary publish(@PathVariable UUID councilId, @PathVariable UUID id) {
    return resolutions.publish(councilId, id);
  }

  @GetMapping("/{id}/pdf")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "O PDF de uma resolução publicada")
  ResponseEntity<byte[]> pdf(@PathVariable UUID councilId, @PathVariable UUID id) {
    ResolutionSummary resolution = resolutions.resolution(councilId, id);
    byte[] pdf = resolutions.pdf(councilId, id);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(ResolutionService.fileName(resolution)).build().toString())
        .body(pdf);
  }
}
