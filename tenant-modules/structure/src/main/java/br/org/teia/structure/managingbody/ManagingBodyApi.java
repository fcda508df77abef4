package br.org.teia.structure.managingbody;

import br.org.teia.structure.StructureAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managing body of the municipality named by the caller's token. The service enforces the same roles again. */
@RestController
@RequestMapping("/api/v1/structure/managing-body")
@Tag(name = "Estrutura: órgão gestor")
class ManagingBodyApi {

  private final ManagingBodyService bodies;

  ManagingBodyApi(ManagingBodyService bodies) {
    this.bodies = bodies;
  }

  @GetMapping
  @RolesAllowed(StructureAccess.READ)
  @Operation(summary = "Lê o órgão gestor, com o porte do município derivado da população")
  ManagingBodySummary get() {
    return bodies.get();
  }

  @PutMapping
  @RolesAllowed(StructureAccess.MANAGING_BODY)
  @Operation(summary = "Registra ou altera o órgão gestor; informe a versão lida ao alterar")
  ManagingBodySummary put(@RequestParam(required = false) Integer version, @RequestBody ManagingBodyForm form) {
    return bodies.save(version, form);
  }
}
