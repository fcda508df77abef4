package br.org.teia.kernel.api;

import br.org.teia.kernel.security.KernelAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: who the token speaks for. */
@RestController
@RequestMapping(path = ApiPaths.V1, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Conta", description = "Quem está chamando a API")
class AccountApi {

  private final KernelApiService service;

  AccountApi(KernelApiService service) {
    this.service = service;
  }

  @GetMapping("/me")
  @RolesAllowed(KernelAccess.ACCOUNT)
  @Operation(summary = "A conta do token: nome, papéis na associação, municípios (com papéis) e o município atual")
  public AccountOverview me() {
    return service.me();
  }
}
