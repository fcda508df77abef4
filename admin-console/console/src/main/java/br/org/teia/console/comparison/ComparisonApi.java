package br.org.teia.console.comparison;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The comparison screen for association staff, as JSON and as the same exports the screen offers. */
@RestController
@RequestMapping("/api/v1/console/comparison")
@Tag(name = "Console da associação: comparação de indicadores")
@RolesAllowed(ConsoleAccess.STAFF)
class ComparisonApi {

  private final ComparisonService comparisons;
  private final ComparisonExport export;

  ComparisonApi(ComparisonService comparisons, ComparisonExport export) {
    this.comparisons = comparisons;
    this.export = export;
  }

  @GetMapping("/groups")
  @Operation(summary = "Grupos comparáveis (estado, regiões de cada conjunto, grupos de pares por porte) e municípios membros")
  Grouping groups() {
    return comparisons.groups();
  }

  @GetMapping("/{code}/{ibge}")
  @Operation(summary = "Um município comparado com sua região, seus pares e o estado; ranking, distribuição e série "
      + "mensal. Valores protegidos: visibility PRIMARY (< k) ou COMPLEMENTARY (protegido), sem valor")
  ComparisonScreen screen(@PathVariable String code, @PathVariable String ibge,
      @RequestParam(required = false) String regionSet, @RequestParam(required = false) String rankingGroup) {
    return comparisons.screen(code, ibge, regionSet, rankingGroup);
  }

  @GetMapping("/{code}/{ibge}/export.csv")
  @Operation(summary = "A mesma comparação em CSV (UTF-8, ponto e vírgula), como na tela")
  ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable String ibge,
      @RequestParam(required = false) String regionSet, @RequestParam(required = false) String rankingGroup,
      HttpServletRequest request) {
    ComparisonScreen screen = comparisons.screen(code, ibge, regionSet, rankingGroup);
    return Downloads.attachment(export.csv(screen, Messages.locale(request)), ComparisonExport.fileName(screen, "csv"),
        Spreadsheet.CSV_TYPE);
  }

  @GetMapping("/{code}/{ibge}/export.xlsx")
  @Operation(summary = "A mesma comparação em planilha XLSX, como na tela")
  ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable String ibge,
      @RequestParam(required = false) String regionSet, @RequestParam(required = false) String rankingGroup,
      HttpServletRequest request) {
    ComparisonScreen screen = comparisons.screen(code, ibge, regionSet, rankingGroup);
    return Downloads.attachment(export.xlsx(screen, Messages.locale(request)), ComparisonExport.fileName(screen, "xlsx"),
        Spreadsheet.XLSX_TYPE);
  }
}
