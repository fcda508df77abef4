package br.org.teia.console.onboarding;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.TeiaException;
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

/** Onboarding jobs for association staff: start (list of codes or a state), follow, retry. */
@RestController
@RequestMapping("/api/v1/console/onboarding-jobs")
@Tag(name = "Console da associação: implantação de municípios")
@RolesAllowed(ConsoleAccess.ADMIN)
class OnboardingApi {

  /** Either {@code codes} (IBGE codes) or {@code uf} (a whole state). */
  record OnboardingRequest(List<String> codes, String uf) {}

  private final OnboardingJobService jobs;

  OnboardingApi(OnboardingJobService jobs) {
    this.jobs = jobs;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Inicia a implantação (em segundo plano) de uma lista de códigos IBGE ou de um estado inteiro;"
      + " uma entrada inválida recusa o pedido todo (422, erros por posição)")
  OnboardingJob start(@RequestBody OnboardingRequest request) {
    boolean byState = request.uf() != null && !request.uf().isBlank();
    boolean byCodes = request.codes() != null && !request.codes().isEmpty();
    if (byState == byCodes) {
      throw new TeiaException("console.onboarding.codes-or-uf");
    }
    return byState ? jobs.onboardState(request.uf()) : jobs.onboard(request.codes());
  }

  @GetMapping
  @Operation(summary = "As tarefas de implantação mais recentes, com o progresso de cada uma")
  List<OnboardingJob> recent() {
    return jobs.recent();
  }

  @GetMapping("/{id}")
  OnboardingJob job(@PathVariable UUID id) {
    return jobs.job(id);
  }

  @GetMapping("/{id}/items")
  @Operation(summary = "Os municípios de uma tarefa (status=FAILED: só os que falharam, com o erro)")
  List<OnboardingJobItem> items(@PathVariable UUID id, @RequestParam(required = false) ItemStatus status) {
    return jobs.items(id, status);
  }

  @PostMapping("/{id}/retry")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Tenta de novo, numa nova tarefa, os municípios que falharam (ou não chegaram a rodar)")
  OnboardingJob retry(@PathVariable UUID id) {
    return jobs.retry(id);
  }
}
