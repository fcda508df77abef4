package br.org.teia.fund.importing;

import br.org.teia.fund.ledger.LineRefusal;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header line, read with Apache Commons CSV as accounting systems export it: UTF-8
 * (with or without BOM) or, failing that, Windows-1252; separated by semicolons (or by tabs or commas
 * when the header has no semicolon); fields trimmed and possibly quoted; blank lines ignored.
 * Columns are found by name, whatever their order, case or accents ("Exercício" is {@code exercicio}).
 * Line numbers are those of the file, so a report points where the person looks.
 */
record CsvTable(List<Row> rows, List<LineRefusal> refusals) {

  /**
   * One data line: its number in the file and its fields, found by the columns' positions (one map for
   * the whole file, not one per line: a file has a hundred thousand lines).
   */
  record Row(int line, Map<String, Integer> columns, List<String> values) {

    /** A line of the given fields by column name. */
    static Row of(int line, Map<String, String> fields) {
      List<String> names = List.copyOf(fields.keySet());
      Map<String, Integer> columns = new HashMap<>();
      names.forEach(name -> columns.put(name, columns.size()));
      return new Row(line, columns, names.stream().map(fields::get).toList());
    }

    /** The field, stripped; empty when the column is absent or the field blank. */
    String get(String column) {
      Integer position = columns.get(column);
      return position == null || position >= values.size() ? "" : values.get(position).strip();
    }
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static CsvTable read(byte[] content, Set<String> required) {
    String text = decode(content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return new CsvTable(List.of(), List.of(LineRefusal.of(1, "", "fund.import.empty")));
    }
    int[] lineStarts = lineStarts(text);
    String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    char separator = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true).setTrim(true).get();
    List<Row> rows = new ArrayList<>();
    List<LineRefusal> refusals = new ArrayList<>();
    long lastStart = -1; // where the last record read starts
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      List<String> columns = null;
      Map<String, Integer> positions = new HashMap<>();
      for (CSVRecord record : parser) {
        lastStart = record.getCharacterPosition();
        List<String> fields = record.toList();
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        int line = lineOf(lineStarts, text, lastStart);
        if (columns == null) {
          columns = fields.stream().map(CsvTable::columnName).toList();
          for (String column : required) {
            if (!columns.contains(column)) {
              refusals.add(LineRefusal.of(line, column, "fund.import.column.missing"));
            }
          }
          if (!refusals.isEmpty()) {
            return new CsvTable(List.of(), refusals);
          }
          for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i), i); // a column named twice: the last one, as before
          }
          continue;
        }
        if (fields.size() > columns.size() && fields.subList(columns.size(), fields.size()).stream().anyMatch(f -> !f.isBlank())) {
          refusals.add(LineRefusal.of(line, "", "fund.import.line.too-many-fields", fields.size(), columns.size()));
          continue;
        }
        rows.add(new Row(line, positions, fields));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException openQuote) {
      refusals.add(LineRefusal.of(lineOf(lineStarts, text, recordAfter(text, lastStart)), "", "fund.import.quote"));
    }
    return new CsvTable(rows, refusals);
  }

  /** A header's name as a column key: lower case, no accents, blanks and hyphens as underscores. */
  static String columnName(String header) {
    String plain = Normalizer.normalize(header.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
  }

  private static String decode(byte[] content) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, WINDOWS_1252); // what spreadsheets on Windows save as "CSV"
    }
  }

  /** Where each line starts; CRLF, CR and LF each end a line. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  /** Where the record after the one starting at {@code position} starts (-1: the first record): a quote opened there is never closed. */
  private static long recordAfter(String text, long position) {
    int i = (int) Math.max(position, 0);
    if (position >= 0) {
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The 1-based line of the first non-blank character at or after {@code position}. */
  private static int lineOf(int[] lineStarts, String text, long position) {
    int i = (int) position;
    while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
      i++;
    }
    int found = Arrays.binarySearch(lineStarts, i);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
