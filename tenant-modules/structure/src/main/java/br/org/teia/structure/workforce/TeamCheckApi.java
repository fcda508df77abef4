package br.org.teia.structure.workforce;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The NOB-RH/SUAS reference-team check of a unit of the caller's municipality. */
@RestController
@Tag(name = "Estrutura: unidades e serviços")
class TeamCheckApi {

  private final TeamCheckService checks;

  TeamCheckApi(TeamCheckService checks) {
    this.checks = checks;
  }

  @GetMapping("/api/v1/structure/units/{id}/team-check")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Verifica a equipe de referência da unidade pela NOB-RH/SUAS: completa ou não, o que falta, recomendações")
  TeamCheckSummary teamCheck(@PathVariable UUID id, HttpServletRequest request) {
    return checks.check(id, Messages.locale(request));
  }
}
