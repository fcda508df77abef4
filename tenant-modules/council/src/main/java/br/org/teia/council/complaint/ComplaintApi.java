package br.org.teia.council.complaint;

import br.org.teia.council.CouncilAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Conselhos: denúncias")
class ComplaintApi {

  private final ComplaintService complaints;

  ComplaintApi(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @GetMapping("/councils/{councilId}/complaints")
  @RolesAllowed(CouncilAccess.COMPLAINTS)
  @Operation(summary = "Denúncias recebidas pelo conselho, das mais novas às mais antigas (sem dados de quem denunciou)")
  List<ComplaintSummary> list(@PathVariable UUID councilId, @RequestParam(required = false) ComplaintStatus status,
      @RequestParam(required = false) String q) {
    return complaints.complaints(councilId, status, q);
  }

  @PostMapping("/councils/{councilId}/complaints")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registra uma denúncia recebida e lhe dá número de protocolo")
  ComplaintDetail receive(@PathVariable UUID councilId, @RequestBody ComplaintForm form) {
    return complaints.receive(councilId, form);
  }

  @GetMapping("/complaints/{id}")
  @RolesAllowed(CouncilAccess.COMPLAINTS)
  @Operation(summary = "Uma denúncia com seu andamento; nome e contato de quem denunciou só para a secretaria executiva")
  ComplaintDetail get(@PathVariable UUID id) {
    return complaints.complaint(id);
  }

  @PostMapping("/complaints/{id}/follow-ups")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Registra um andamento (anotação, diligência, encaminhamento, resposta)")
  ComplaintDetail followUp(@PathVariable UUID id, @RequestBody FollowUpForm form) {
    return complaints.followUp(id, form);
  }

  @PostMapping("/complaints/{id}/close")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Encerra a denúncia com o resultado e sua fundamentação")
  ComplaintDetail close(@PathVariable UUID id, @RequestBody CloseForm form) {
    return complaints.close(id, form);
  }
}
