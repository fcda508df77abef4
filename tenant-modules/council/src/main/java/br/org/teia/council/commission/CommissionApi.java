package br.org.teia.council.commission;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A council's commissions. The service enforces the same roles and rules again. */
@RestController
@RequestMapping("/api/v1/council/councils/{councilId}/commissions")
@Tag(name = "Conselhos: comissões")
class CommissionApi {

  private final CommissionService commissions;

  CommissionApi(CommissionService commissions) {
    this.commissions = commissions;
  }

  @GetMapping
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Comissões do conselho, com membros, coordenação e relatórios")
  List<CommissionSummary> list(@PathVariable UUID councilId) {
    return commissions.commissions(councilId);
  }

  @GetMapping("/{id}")
  @RolesAllowed(CouncilAccess.READ)
  @Operation(summary = "Uma comissão")
  CommissionSummary get(@PathVariable UUID councilId, @PathVariable UUID id) {
    return commissions.commission(councilId, id);
  }

  @PostMapping
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Cria uma comissão temática, de inscrição de entidades ou de ética (estas duas, uma só por conselho)")
  CommissionSummary create(@PathVariable UUID councilId, @RequestBody CommissionForm form) {
    return commissions.create(councilId, form);
  }

  @PutMapping("/{id}/members")
  @RolesAllowed(CouncilAccess.WRITE)
  @Operation(summary = "Define os membros (mandatos de conselheiros em exercício deste conselho) e a coordenação")
  CommissionSummary members(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody MembersForm form) {
    return commissions.assign(councilId, id, form);
  }

  @PostMapping("/{id}/reports")
  @RolesAllowed(CouncilAccess.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Registra um relatório da comissão (data, título, texto)")
  CommissionSummary report(@PathVariable UUID councilId, @PathVariable UUID id, @RequestBody ReportForm form) {
    return commissions.report(councilId, id, form);
  }
}
