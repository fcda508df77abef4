package br.org.teia.console.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the small two-column files staff upload (e.g. {@code código IBGE;população}): UTF-8 with or
 * without BOM, separated by semicolons (as Brazilian Excel saves) or commas, blank lines ignored,
 * an optional header line (one whose first field is not a number) skipped. Fields are trimmed and
 * may be quoted. Line numbers are those of the file, so errors point where the person looks.
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
    String[] lines = body.split("\r\n|\r|\n", -1);
    List<Row> rows = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = split(line);
      if (first && isHeader(fields)) {
        first = false;
        continue;
      }
      first = false;
      rows.add(new Row(i + 1, fields));
    }
    return rows;
  }

  private static boolean isHeader(List<String> fields) {
    String head = fields.isEmpty() ? "" : fields.getFirst();
    return !head.isEmpty() && head.chars().anyMatch(Character::isLetter);
  }

  private static List<String> split(String line) {
    char separator = line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString().strip());
    return fields;
  }

  /** Splits a typed list of codes: blanks, commas, semicolons and line breaks all separate. */
  public static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
  }
}
