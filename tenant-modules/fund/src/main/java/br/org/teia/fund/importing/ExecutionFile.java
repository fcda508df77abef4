package br.org.teia.fund.importing;

import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.ExecutionLine;
import br.org.teia.fund.ledger.LineRefusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * The execution export of the accounting system (SIAFIC), as docs/fund-execution-import.md lays it
 * out: one line per stage of a commitment. Reads a {@link CsvTable} into {@link ExecutionLine}s and
 * the refusals of their fields; a line naming another municipality refuses the whole file.
 */
final class ExecutionFile {

  static final String MUNICIPALITY = "municipio";
  static final String YEAR = "exercicio";
  static final String COMMITMENT = "empenho";
  static final String STAGE = "fase";
  static final String DOCUMENT = "documento";
  static final String DATE = "data";
  static final String AMOUNT = "valor";
  static final String BLOCK = "bloco";
  static final String SOURCE = "fonte";
  static final String NATURE = "natureza";
  static final String SUBFUNCTION = "subfuncao";
  static final String CREDITOR_DOCUMENT = "credor_documento";
  static final String CREDITOR_NAME = "credor_nome";
  static final String UNIT = "unidade";
  static final String HISTORY = "historico";

  static final Set<String> REQUIRED = Set.of(MUNICIPALITY, YEAR, COMMITMENT, STAGE, DOCUMENT, DATE, AMOUNT, BLOCK,
      SOURCE, NATURE, SUBFUNCTION, CREDITOR_DOCUMENT, CREDITOR_NAME);

  private static final java.util.regex.Pattern SUBFUNCTION_DIGITS = java.util.regex.Pattern.compile("[0-9]{3}");

  record Read(List<ExecutionLine> lines, List<LineRefusal> refusals) {}

  private ExecutionFile() {}

  /**
   * @param ibgeCode the current municipality's IBGE code: every line must name it
   * @param units the municipality's units by lower-cased name (for the optional {@code unidade})
   * @param sourceInForce whether a funding source code is in force in a year
   */
  static Read read(CsvTable table, String ibgeCode, Map<String, UUID> units, BiPredicate<Integer, String> sourceInForce) {
    List<ExecutionLine> lines = new ArrayList<>(table.rows().size());
    List<LineRefusal> refusals = new ArrayList<>();
    Fields.Memo memo = new Fields.Memo();
    for (CsvTable.Row row : table.rows()) {
      String municipality = row.get(MUNICIPALITY);
      if (!municipality.equals(ibgeCode)) {
        return new Read(List.of(), List.of(LineRefusal.of(row.line(), MUNICIPALITY, "fund.import.other-municipality",
            municipality, ibgeCode)));
      }
      int before = refusals.size();
      Fields f = new Fields(row, refusals, memo);
      Optional<Integer> year = f.integer(YEAR, 2016, 2100);
      Optional<String> number = f.text(COMMITMENT, 20);
      Optional<EntryKind> stage = f.stage(STAGE);
      Optional<String> document = f.text(DOCUMENT, 40);
      Optional<LocalDate> date = f.date(DATE);
      Optional<BigDecimal> amount = f.amount(AMOUNT);
      Optional<String> block = f.text(BLOCK, 20);
      Optional<String> source = f.text(SOURCE, 20);
      Optional<String> nature = f.nature(NATURE);
      Optional<String> subfunction = f.text(SUBFUNCTION, 3);
      Optional<String> creditorDocument = f.cpfOrCnpj(CREDITOR_DOCUMENT);
      Optional<String> creditorName = f.text(CREDITOR_NAME, 200);
      Optional<String> unitName = f.optionalText(UNIT, 120);
      Optional<String> history = f.optionalText(HISTORY, 500);
      if (subfunction.isPresent() && !SUBFUNCTION_DIGITS.matcher(subfunction.get()).matches()) {
        f.refuse(SUBFUNCTION, "fund.import.subfunction.invalid", subfunction.get());
      }
      if (year.isPresent() && source.isPresent() && !sourceInForce.test(year.get(), source.get())) {
        f.refuse(SOURCE, "fund.import.source.unknown", source.get(), String.valueOf(year.get()));
      }
      if (year.isPresent() && date.isPresent() && date.get().getYear() < year.get()) {
        f.refuse(DATE, "fund.import.date.before-year", row.get(DATE), String.valueOf(year.get()));
      }
      if (year.isPresent() && date.isPresent() && stage.orElse(null) == EntryKind.COMMITMENT
          && date.get().getYear() > year.get()) { // restos a pagar never grow after their year
        f.refuse(DATE, "fund.import.commitment.after-year", row.get(DATE), String.valueOf(year.get()));
      }
      UUID unit = null;
      if (unitName.isPresent()) {
        unit = units.get(Fields.plain(unitName.get()));
        if (unit == null) {
          f.refuse(UNIT, "fund.import.unit.unknown", unitName.get());
        }
      }
      if (refusals.size() == before) {
        lines.add(new ExecutionLine(row.line(), year.get(), number.get(), stage.get(), document.get(), date.get(),
            amount.get(), block.get(), source.get(), nature.get(), subfunction.get(), creditorDocument.get(),
            creditorName.get(), unit, history.orElse(null)));
      }
    }
    return new Read(lines, refusals);
  }
}
