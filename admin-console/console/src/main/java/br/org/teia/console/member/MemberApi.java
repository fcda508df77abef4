package br.org.teia.console.member;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member catalogue for association staff. The service enforces the same roles and rules again. */
@RestController
@RequestMapping("/api/v1/console/members")
@Tag(name = "Console da associação: municípios membros")
@RolesAllowed(ConsoleAccess.STAFF)
class MemberApi {

  /** Body of a contribution change. */
  record ContributionChange(ContributionStatus status) {}

  private final MemberService members;
  private final MemberExport export;

  MemberApi(MemberService members, MemberExport export) {
    this.members = members;
    this.export = export;
  }

  @GetMapping
  @Operation(summary = "Lista os municípios membros, com busca (nome ou código IBGE), filtros e paginação")
  Page<MemberSummary> list(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) TenantStatus status, @RequestParam(required = false) SizeClass sizeClass,
      @RequestParam(required = false) ContributionStatus contribution, @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return members.list(filter(search, status, sizeClass, contribution, year), page, size);
  }

  @GetMapping("/export.csv")
  @Operation(summary = "Exporta os membros filtrados em CSV (UTF-8, ponto e vírgula)")
  ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) TenantStatus status, @RequestParam(required = false) SizeClass sizeClass,
      @RequestParam(required = false) ContributionStatus contribution, @RequestParam(required = false) Integer year,
      HttpServletRequest request) {
    return Downloads.attachment(export.csv(filter(search, status, sizeClass, contribution, year), Messages.locale(request)),
        "municipios-membros.csv", MemberExport.CSV_TYPE);
  }

  @GetMapping("/export.xlsx")
  @Operation(summary = "Exporta os membros filtrados em planilha XLSX")
  ResponseEntity<byte[]> xlsx(@RequestParam(defaultValue = "") String search,
      @RequestParam(required = false) TenantStatus status, @RequestParam(required = false) SizeClass sizeClass,
      @RequestParam(required = false) ContributionStatus contribution, @RequestParam(required = false) Integer year,
      HttpServletRequest request) {
    return Downloads.attachment(export.xlsx(filter(search, status, sizeClass, contribution, year), Messages.locale(request)),
        "municipios-membros.xlsx", MemberExport.XLSX_TYPE);
  }

  @GetMapping("/{ibge}")
  MemberDetail get(@PathVariable String ibge) {
    return members.get(TenantId.of(ibge));
  }

  @PutMapping("/{ibge}")
  @Operation(summary = "Altera população, adesão, gestor(a) e contato (version: a versão lida, contra alterações simultâneas)")
  MemberDetail update(@PathVariable String ibge, @RequestParam int version, @RequestBody MemberForm form) {
    return members.update(TenantId.of(ibge), version, form);
  }

  @PutMapping("/{ibge}/contributions/{year}")
  @Operation(summary = "Registra a situação da contribuição anual (PAID, PENDING, EXEMPT)")
  MemberDetail contribution(@PathVariable String ibge, @PathVariable int year, @RequestBody ContributionChange change) {
    return members.setContribution(TenantId.of(ibge), year, change.status());
  }

  @RolesAllowed(ConsoleAccess.ADMIN)
  @PostMapping("/{ibge}/suspend")
  @Operation(summary = "Suspende o município: seus usuários deixam de entrar nele")
  MemberSummary suspend(@PathVariable String ibge) {
    return members.suspend(TenantId.of(ibge));
  }

  @RolesAllowed(ConsoleAccess.ADMIN)
  @PostMapping("/{ibge}/reactivate")
  @Operation(summary = "Reativa um município suspenso")
  MemberSummary reactivate(@PathVariable String ibge) {
    return members.reactivate(TenantId.of(ibge));
  }

  @RolesAllowed(ConsoleAccess.ADMIN)
  @PostMapping(path = "/populations", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @Operation(summary = "Importa populações (CSV código IBGE;população): tudo ou nada, erros por linha")
  Map<String, Integer> importPopulations(@RequestBody byte[] csv) {
    return Map.of("updated", members.importPopulations(csv));
  }

  private MemberFilter filter(String search, TenantStatus status, SizeClass sizeClass,
      ContributionStatus contribution, Integer year) {
    return new MemberFilter(search, status, sizeClass, contribution, year == null ? members.currentYear() : year);
  }
}
