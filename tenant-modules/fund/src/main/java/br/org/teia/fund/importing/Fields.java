package br.org.teia.fund.importing;

import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.LineRefusal;
import br.org.teia.fund.ledger.Money;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.suas.Cpf;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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

  Fields(CsvTable.Row row, List<LineRefusal> refusals) {
    this.row = row;
    this.refusals = refusals;
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
    if (!INTEGER.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
      refuse(column, "fund.import.field.range", value, String.valueOf(min), String.valueOf(max));
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value));
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
      return Optional.of(LocalDate.parse(value, DATE));
    } catch (DateTimeParseException e) {
      refuse(column, "fund.import.date.format", value);
      return Optional.empty();
    }
  }

  Optional<EntryKind> stage(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      refuse(column, "fund.import.field.required");
      return Optional.empty();
    }
    EntryKind kind = STAGES.get(plain(value));
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
    String digits = PUNCTUATION.matcher(value).replaceAll(""); // as Cnpj.strip
    boolean valid = digits.length() == 11 ? Cpf.isValid(digits) : digits.length() == 14 && Cnpj.isValid(digits);
    if (!valid) {
      refuse(column, "fund.import.creditor.document.invalid");
      return Optional.empty();
    }
    return Optional.of(digits);
  }

  /** Lower case, no accents, single spaces. */
  static String plain(String text) {
    String stripped = text.strip();
    String plain = Normalizer.isNormalized(stripped, Normalizer.Form.NFD) ? stripped
        : MARKS.matcher(Normalizer.normalize(stripped, Normalizer.Form.NFD)).replaceAll("");
    return BLANKS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
