package br.org.teia.fund.importing;

import br.org.teia.fund.ledger.LineRefusal;
import br.org.teia.fund.ledger.RevenueLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A file of transfers received, as the FNAS releases are consulted (block, month, amount), laid out
 * in docs/fund-execution-import.md: {@code fonte} defaults to FNAS and {@code documento} to
 * "FONTE mm/aaaa", so one release per block and month needs neither.
 */
final class RevenueFile {

  static final String MUNICIPALITY = "municipio";
  static final String YEAR = "exercicio";
  static final String MONTH = "mes";
  static final String BLOCK = "bloco";
  static final String AMOUNT = "valor";
  static final String SOURCE = "fonte";
  static final String DOCUMENT = "documento";
  static final String DEFAULT_SOURCE = "FNAS";

  static final Set<String> REQUIRED = Set.of(MUNICIPALITY, YEAR, MONTH, BLOCK, AMOUNT);

  record Read(List<RevenueLine> lines, List<LineRefusal> refusals) {}

  private RevenueFile() {}

  static Read read(CsvTable table, String ibgeCode, BiPredicate<Integer, String> sourceInForce) {
    List<RevenueLine> lines = new ArrayList<>();
    List<LineRefusal> refusals = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String municipality = row.get(MUNICIPALITY);
      if (!municipality.equals(ibgeCode)) {
        return new Read(List.of(), List.of(LineRefusal.of(row.line(), MUNICIPALITY, "fund.import.other-municipality",
            municipality, ibgeCode)));
      }
      int before = refusals.size();
      Fields f = new Fields(row, refusals);
      Optional<Integer> year = f.integer(YEAR, 2016, 2100);
      Optional<Integer> month = f.integer(MONTH, 1, 12);
      Optional<String> block = f.text(BLOCK, 20);
      Optional<BigDecimal> amount = f.amount(AMOUNT);
      String source = f.optionalText(SOURCE, 20).orElse(DEFAULT_SOURCE);
      Optional<String> document = f.optionalText(DOCUMENT, 40);
      if (year.isPresent() && !sourceInForce.test(year.get(), source)) {
        f.refuse(SOURCE, "fund.import.source.unknown", source, String.valueOf(year.get()));
      }
      if (refusals.size() == before) {
        String doc = document.orElseGet(() -> "%s %02d/%d".formatted(source, month.get(), year.get()));
        lines.add(new RevenueLine(row.line(), year.get(), month.get(), block.get(), source, amount.get(), doc));
      }
    }
    return new Read(lines, refusals);
  }
}
