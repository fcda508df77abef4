package br.org.teia.council.conference;

import br.org.teia.council.CouncilAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Conselhos: conferências")
class ConferenceApi {

  private final ConferenceService conferences;

  ConferenceApi(ConferenceService conferences) {
    this.conferences = conferences;
  }

  @GetMapping("/councils/{councilId}/conferences")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Conferências do conselho, das mais recentes às mais antigas")
  List<ConferenceSummary> list(@PathVariable UUID councilId) {
    return conferences.conferences(councilId);
  }

  @PostMapping("/councils/{councilId}/conferences")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Convoca uma conferência (ordinária a cada 4 anos, ou extraordinária)")
  ConferenceSummary convene(@PathVariable UUID councilId, @RequestBody ConferenceForm form) {
    return conferences.convene(councilId, form);
  }

  @GetMapping("/conferences/{id}")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Uma conferência com comissão organizadora, delegados por segmento e deliberações")
  ConferenceDetail get(@PathVariable UUID id) {
    return conferences.conference(id);
  }

  @PostMapping("/conferences/{id}/held")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Registra que a conferência foi realizada")
  ConferenceSummary held(@PathVariable UUID id) {
    return conferences.markHeld(id);
  }

  @PostMapping("/conferences/{id}/cancel")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Cancela uma conferência convocada")
  ConferenceSummary cancel(@PathVariable UUID id) {
    return conferences.cancel(id);
  }

  @PostMapping("/conferences/{id}/committee")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Inclui um membro na comissão organizadora")
  ConferenceDetail addCommitteeMember(@PathVariable UUID id, @RequestBody CommitteeMemberForm form) {
    return conferences.addCommitteeMember(id, form);
  }

  @DeleteMapping("/conferences/{id}/committee/{memberId}")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Retira um membro da comissão organizadora")
  ConferenceDetail removeCommitteeMember(@PathVariable UUID id, @PathVariable UUID memberId) {
    return conferences.removeCommitteeMember(id, memberId);
  }

  @PostMapping("/conferences/{id}/delegates")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Inclui um delegado (por segmento, titular ou suplente)")
  ConferenceDetail addDelegate(@PathVariable UUID id, @RequestBody DelegateForm form) {
    return conferences.addDelegate(id, form);
  }

  @DeleteMapping("/conferences/{id}/delegates/{delegateId}")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Retira um delegado")
  ConferenceDetail removeDelegate(@PathVariable UUID id, @PathVariable UUID delegateId) {
    return conferences.removeDelegate(id, delegateId);
  }

  @PostMapping("/conferences/{id}/deliberations")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registra uma deliberação aprovada na conferência realizada")
  DeliberationSummary addDeliberation(@PathVariable UUID id, @RequestBody DeliberationForm form) {
    return conferences.addDeliberation(id, form);
  }

  @PostMapping("/deliberations/{id}/follow-ups")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Registra o acompanhamento de uma deliberação (pendente, em andamento, cumprida)")
  DeliberationSummary followUp(@PathVariable UUID id, @RequestBody DeliberationFollowUpForm form) {
    return conferences.followUp(id, form);
  }
}
