package br.org.teia.console.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the small two-column files staff upload (e.g. {@code código IBGE;população}) with Apache
 * Commons CSV: UTF-8 with or without BOM, separated by semicolons (as Brazilian Excel saves), tabs
 * or commas (the first of these the file holds), blank lines ignored, an optional header line (one
 * whose first field has a letter) skipped. Fields are trimmed and may be quoted. Line numbers are
 * those of the file, so errors point where the person looks; a quote left open refuses the file
 * at the line where it opens ({@code console.import.quote}).
 */
public final class CsvLines {

  /** One data line: its number in the file and its fields. */
  public record Row(int line, List<String> fields) {

    public String field(int index) {
      return index < fields.size() ? fields.get(index) : "";
    }

    /** The line as it was typed, for error reports. */
    public String text() {
      return String.join(";", fields);
    }
  }

  private CsvLines() {}

  public static List<Row> parse(byte[] content) {
    return parse(new String(content, StandardCharsets.UTF_8));
  }

  public static List<Row> parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(separator(body))
        .setRecordSeparator("\n")
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .setTrim(true)
        .get();
    List<Row> rows = new ArrayList<>();
    LineCounter lines = new LineCounter(body);
    long lastStart = -1; // where the last record read starts
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
      boolean first = true;
      for (CSVRecord record : parser) {
        lastStart = record.getCharacterPosition();
        List<String> fields = record.toList();
        if (fields.size() == 1 && fields.getFirst().isBlank()) {
          continue; // a line of spaces only
        }
        if (first && isHeader(fields)) {
          first = false;
          continue;
        }
        first = false;
        rows.add(new Row(lines.lineOf(record.getCharacterPosition()), fields));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) { // a quote opened and never closed
      int line = lines.lineAt(lines.recordAfter(lastStart));
      throw new RowErrorsException(List.of(new RowError(line, "", "console.import.quote")));
    }
    return rows;
  }

  private static char separator(String body) {
    return body.indexOf(';') >= 0 ? ';' : body.indexOf('\t') >= 0 ? '\t' : ',';
  }

  private static boolean isHeader(List<String> fields) {
    String head = fields.isEmpty() ? "" : fields.getFirst();
    return !head.isEmpty() && head.chars().anyMatch(Character::isLetter);
  }

  /** Splits a typed list of codes: blanks, commas, semicolons and line breaks all separate. */
  public static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
  }

  /** Line numbers (1-based) of character positions; CRLF, CR and LF each end a line. */
  private record LineCounter(String text) {

    /** The line of a record starting at {@code position}: empty lines the parser skipped come before it. */
    int lineOf(long position) {
      int i = (int) position;
      while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
        i++;
      }
      return lineAt(i);
    }

    int lineAt(long position) {
      int line = 1;
      for (int i = 0; i < position && i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }

    /** Where the record after the one starting at {@code position} starts (-1: the first record). */
    long recordAfter(long position) {
      if (position < 0) {
        return skipBlank(0);
      }
      int i = (int) position;
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      return skipBlank(i);
    }

    private long skipBlank(int from) {
      int i = from;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return i;
    }
  }
}
