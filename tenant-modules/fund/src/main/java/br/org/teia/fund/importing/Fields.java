package br.org.teia.fund.importing;

import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.LineRefusal;
import br.org.teia.fund.ledger.Money;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.suas.Cpf;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields of one imported line, each read as the accounting system writes it and, when wrong,
 * reported with the line and column: the reader collects every refusal of the line and returns
 * empty for the field, so a whole file's mistakes are reported at once.
 */
final class Fields {

  private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})*(,[0-9]+)?|[0-9]+(,[0-9]+)?");
  private static final Pattern NATURE = Pattern.compile("[34]\\.[0-9]\\.[0-9]{2}\\.[0-9]{2}");
  // Compiled once: a file has a hundred thousand lines (String.matches compiles on every call).
  private static final Pattern NATURE_DIGITS = Pattern.compile("[34][0-9]{5}");
  private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
  private static final Pattern PUNCTUATION = Pattern.compile("[.\\-/\\s]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);
  /** The stages as accounting systems name them (accents and case aside); "estorno" alone is ambiguous. */
  private static final Map<String, EntryKind> STAGES = Map.ofEntries(
      Map.entry("empenho", EntryKind.COMMITMENT),
      Map.entry("reforco de empenho", EntryKind.COMMITMENT),
      Map.entry("anulacao", EntryKind.COMMITMENT_REVERSAL),
      Map.entry("anulacao de empenho", EntryKind.COMMITMENT_REVERSAL),
      Map.entry("estorno de empenho", EntryKind.COMMITMENT_REVERSAL),
      Map.entry("liquidacao", EntryKind.LIQUIDATION),
      Map.entry("estorno de liquidacao", EntryKind.LIQUIDATION_REVERSAL),
      Map.entry("anulacao de liquidacao", EntryKind.LIQUIDATION_REVERSAL),
      Map.entry("pagamento", EntryKind.PAYMENT),
      Map.entry("estorno de pagamento", EntryKind.PAYMENT_REVERSAL),
      Map.entry("anulacao de pagamento", EntryKind.PAYMENT_REVERSAL));

  private final CsvTable.Row row;
  private final List<LineRefusal> refusals;
  private final Memo memo;

  /**
   * What a file's lines repeat, worked out once per file: a file names the same creditors and stages
   * over and over, and the validator's check digits and the accent folding cost most of a line's reading.
   */
  static final class Memo {
    /** A document as written: its digits, empty when invalid. */
    private final Map<String, Optional<String>> documents = new HashMap<>();
    private final Map<String, EntryKind> stages = new HashMap<>();
  }

  Fields(CsvTable.Row row, List<LineRefusal> refusals) {
    this(row, refusals, new Memo());
  }

  /** @param memo shared by the lines of one file */
  Fields(CsvTable.Row row, List<LineRefusal> refusals, Memo memo) {
    this.row = row;
    this.refusals = refusals;
    this.memo = memo;
  }

  int line() {
    return row.line();
  }

  void refuse(String column, String key, Object... args) {
    refusals.add(LineRefusal.of(row.line(), column, key, args));
  }

  /** A required text of at most {@code max} characters. */
  Optional<String> text(String column, int max) {
    String value = row.get(column);
    if (value.isEmpty()) {
      refuse(column, "fund.import.field.required");
      return Optional.empty();
    }
    return optionalText(column, max);
  }

  /** An optional text of at most {@code max} characters; empty when blank. */
  Optional<String> optionalText(String column, int max) {
    String value = row.get(column);
    if (value.length() > max) {
      refuse(column, "fund.import.field.size", max);
      return Optional.empty();
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  Optional<Integer> integer(String column, int min, int max) {
    String value = row.get(column);
    if (value.isEmpty()) {
      refuse(column, "fund.import.field.required");
      return Optional.empty();
    }
    boolean digits = INTEGER.matcher(value).matches();
    int number = digits ? Integer.parseInt(value) : 0;
    if (!digits || number < min || number > max) {
      refuse(column, "fund.import.field.range", value, String.valueOf(min), String.valueOf(max));
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /** Reais with a decimal comma (1.234,56 or 1234,56): more than 0, at most 2 decimals, never rounded. */
  Optional<BigDecimal> amount(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      refuse(column, "fund.import.field.required");
      return Optional.empty();
    }
    if (!AMOUNT.matcher(value).matches()) {
      refuse(column, "fund.import.amount.format", value);
      return Optional.empty();
    }
    BigDecimal amount = new BigDecimal(value.replace(".", "").replace(',', '.'));
    if (amount.scale() > 2) {
      refuse(column, "fund.import.amount.decimals", value);
      return Optional.empty();
    }
    if (amount.signum() <= 0 || amount.compareTo(Money.MAX) > 0) {
      refuse(column, "fund.import.amount.range", value);
      return Optional.empty();
    }
    return Optional.of(Money.positive(amount));
  }

  Optional<LocalDate> date(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      refuse(column, "fund.import.field.required");
      return Optional.empty();
    }
    try {
      return Optional.of(isPlainDate(value) ? LocalDate.of(digits(value, 6, 10), digits(value, 3, 5), digits(value, 0, 2))
          : LocalDate.parse(value, DATE));
    } catch (DateTimeException e) {
      refuse(column, "fund.import.date.format", value);
      return Optional.empty();
    }
  }

  /** dd/mm/yyyy in digits: read without the formatter, which costs more than the rest of the line. */
  private static boolean isPlainDate(String value) {
    if (value.length() != 10 || value.charAt(2) != '/' || value.charAt(5) != '/') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 2 && i != 5 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String value, int from, int to) {
    return Integer.parseInt(value, from, to, 10);
  }

  Optional<EntryKind> stage(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      refuse(column, "fund.import.field.required");
      return Optional.empty();
    }
    EntryKind kind = memo.stages.computeIfAbsent(value, v -> STAGES.get(plain(v)));
    if (kind == null) {
      refuse(column, "fund.import.stage.unknown", value);
    }
    return Optional.ofNullable(kind);
  }

  /** An expense nature as 3.3.90.39 or its six digits 339039. */
  Optional<String> nature(String column) {
    String value = row.get(column);
    if (NATURE_DIGITS.matcher(value).matches()) {
      value = value.charAt(0) + "." + value.charAt(1) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
    }
    if (value.isEmpty()) {
      refuse(column, "fund.import.field.required");
      return Optional.empty();
    }
    if (!NATURE.matcher(value).matches()) {
      refuse(column, "fund.import.nature.invalid", value);
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A CPF (11 digits) or CNPJ (14), with or without punctuation, check digits verified; digits returned. */
  Optional<String> cpfOrCnpj(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      refuse(column, "fund.import.field.required");
      return Optional.empty();
    }
    Optional<String> digits = memo.documents.computeIfAbsent(value, v -> {
      String d = PUNCTUATION.matcher(v).replaceAll(""); // as Cnpj.strip
      return d.length() == 11 ? Optional.of(d).filter(Cpf::isValid) : Optional.of(d).filter(Cnpj::isValid);
    });
    if (digits.isEmpty()) {
      refuse(column, "fund.import.creditor.document.invalid");
    }
    return digits;
  }

  /** Lower case, no accents, single spaces. */
  static String plain(String text) {
    String stripped = text.strip();
    String plain = Normalizer.isNormalized(stripped, Normalizer.Form.NFD) ? stripped
        : MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD)).replaceAll("");
    return BLANKS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
