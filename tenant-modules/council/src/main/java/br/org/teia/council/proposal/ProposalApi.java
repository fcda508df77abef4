package br.org.teia.council.proposal;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.meeting.AgendaItemSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Conselhos: propostas para apreciação")
class ProposalApi {

  private final ProposalService proposals;

  ProposalApi(ProposalService proposals) {
    this.proposals = proposals;
  }

  @GetMapping("/councils/{councilId}/proposals")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Matérias enviadas por outros módulos para apreciação do conselho (relatórios do fundo, plano...)")
  List<ProposalSummary> list(@PathVariable UUID councilId) {
    return proposals.proposals(councilId);
  }

  @PostMapping("/proposals/{id}/schedule")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Inclui a proposta na pauta de uma reunião")
  AgendaItemSummary schedule(@PathVariable UUID id, @RequestParam UUID meeting) {
    return proposals.schedule(id, meeting);
  }
}
