package br.org.teia.structure.dashboard;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.structure.StructureAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The structure dashboard of the caller's municipality: aggregate figures, minimum CRAS, incomplete teams. */
@RestController
@Tag(name = "Estrutura: painel")
class StructureDashboardApi {

  private final StructureDashboardService dashboards;

  StructureDashboardApi(StructureDashboardService dashboards) {
    this.dashboards = dashboards;
  }

  @GetMapping("/api/v1/structure/dashboard")
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Painel da estrutura: unidades por tipo, equipes completas, cobertura dos CRAS, vínculos, mínimo de CRAS pelo porte")
  StructureDashboard dashboard(HttpServletRequest request) {
    return dashboards.dashboard(Messages.locale(request));
  }
}
