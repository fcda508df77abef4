package br.org.teia.kernel.api;

import br.org.teia.kernel.security.KernelAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipality a request acts in, and the association's catalogue of members. */
@RestController
@RequestMapping(path = ApiPaths.V1, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Municípios", description = "O município atual e o cadastro de municípios")
class TenantApi {

  private final KernelApiService service;

  TenantApi(KernelApiService service) {
    this.service = service;
  }

  @GetMapping("/tenant")
  @RolesAllowed(KernelAccess.ACCOUNT)
  @Operation(summary = "O município em que o token atua (claim teia_tenant, ou o primeiro da conta); 404 se nenhum")
  public TenantSummary current() {
    return service.currentTenant();
  }

  @GetMapping("/tenants")
  @RolesAllowed(KernelAccess.TENANT_CATALOGUE)
  @Operation(summary = "Todos os municípios do cadastro, com a situação de cada um (equipe da associação)")
  public List<TenantSummary> catalogue() {
    return service.catalogue();
  }
}
