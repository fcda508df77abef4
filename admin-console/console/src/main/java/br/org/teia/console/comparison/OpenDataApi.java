package br.org.teia.console.comparison;

import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the association's indicators as protected aggregates, the same figures and the same
 * suppression as the console shows, for anyone, without signing in. Allow-listed by path in the
 * security configuration ({@code SecurityConfiguration.OPEN_DATA_PATHS}); only IBGE codes, names of
 * municipalities and groups, and figures — never a person. Answers come from the comparison cache
 * and may be cached by browsers and proxies for five minutes.
 */
@RestController
@RequestMapping(OpenDataApi.PATH)
@Tag(name = "Dados abertos: indicadores dos municípios (agregados protegidos)")
@SecurityRequirements // no token: open to anyone (overrides the document's bearer-jwt)
@PermitAll
class OpenDataApi {

  static final String PATH = "/api/v1/open-data/indicators";
  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

  private final ComparisonService comparisons;
  private final FigureText text;

  OpenDataApi(ComparisonService comparisons, FigureText text) {
    this.comparisons = comparisons;
    this.text = text;
  }

  /**
   * An indicator's code, kind and protection (ADR 0018): threshold k, the most a shown count is
   * moved by, the base counts are rounded to, and the counts it is the sum of (each decomposition),
   * or for a rate the counts of its numerator and base.
   */
  record IndicatorInfo(String code, String kind, int minimumCount, int perturbation, int rounding,
      List<List<String>> sumOf, String numerator, String base) {}

  @GetMapping
  @Operation(summary = "Indicadores publicados, com o limiar k abaixo do qual as contagens aparecem como \"< k\", "
      + "a perturbação máxima e o arredondamento das contagens, e as somas que os ligam (docs/open-data.md)")
  ResponseEntity<List<IndicatorInfo>> list() {
    List<br.org.teia.kernel.indicators.IndicatorRelation> relations = comparisons.relations();
    List<IndicatorInfo> all = comparisons.indicators().stream()
        .map(d -> {
          var share = relations.stream()
              .filter(r -> r.type() == br.org.teia.kernel.indicators.IndicatorRelation.Type.SHARE && r.total().equals(d.code()))
              .findFirst();
          return new IndicatorInfo(d.code(), d.kind().name(), d.minimumCount(), d.perturbation(), d.rounding(),
              relations.stream().filter(r -> r.type() == br.org.teia.kernel.indicators.IndicatorRelation.Type.SUM
                  && r.total().equals(d.code())).map(r -> r.parts()).toList(),
              share.map(r -> r.numerator()).orElse(null), share.map(r -> r.base()).orElse(null));
        }).toList();
    return ResponseEntity.ok().cacheControl(CACHE).body(all);
  }

  @GetMapping("/{code}")
  @Operation(summary = "Um indicador por município membro e por grupo (estado, regiões, pares por porte). As contagens "
      + "são perturbadas e arredondadas; abaixo de k ou protegidas vêm sem número (visibility PRIMARY ou COMPLEMENTARY); "
      + "o total de um grupo é a soma das contribuições perturbadas dos seus municípios (docs/open-data.md)")
  ResponseEntity<OpenDataIndicator> indicator(@PathVariable String code) {
    return ResponseEntity.ok().cacheControl(CACHE).body(comparisons.openData(code));
  }

  @GetMapping(value = "/{code}.csv")
  @Operation(summary = "O mesmo indicador em CSV (UTF-8, ponto e vírgula): uma linha por município e por grupo")
  ResponseEntity<byte[]> csv(@PathVariable String code, HttpServletRequest request) {
    Locale locale = Messages.locale(request);
    OpenDataIndicator data = comparisons.openData(code);
    List<Object[]> rows = new java.util.ArrayList<>();
    for (OpenDataIndicator.MunicipalityFigure m : data.municipalities()) {
      rows.add(new Object[] {"MUNICIPALITY", m.ibgeCode(), m.name(), m.uf(), m.figure()});
    }
    for (OpenDataIndicator.GroupFigure g : data.groups()) {
      String name = g.regionSet() == null ? g.label() : g.regionSet() + " / " + g.label();
      rows.add(new Object[] {g.type().name(), g.id(), name, null, g.figure()});
    }
    Spreadsheet<Object[]> sheet = new Spreadsheet<>(List.of(
        new Spreadsheet.Column<>("tipo", r -> r[0]),
        new Spreadsheet.Column<>("codigo", r -> r[1]),
        new Spreadsheet.Column<>("nome", r -> r[2]),
        new Spreadsheet.Column<>("uf", r -> r[3]),
        new Spreadsheet.Column<>("situacao", r -> ((Figure) r[4]).visibility().name()),
        new Spreadsheet.Column<>("valor", r -> ((Figure) r[4]).value()),
        new Spreadsheet.Column<>("denominador", r -> ((Figure) r[4]).denominator()),
        new Spreadsheet.Column<>("exibicao", r -> text.figure((Figure) r[4], data.kind(), data.minimumCount(),
            !"MUNICIPALITY".equals(r[0]), locale))));
    return ResponseEntity.ok().cacheControl(CACHE)
        .contentType(MediaType.parseMediaType(Spreadsheet.CSV_TYPE))
        .body(sheet.csv(rows));
  }
}
