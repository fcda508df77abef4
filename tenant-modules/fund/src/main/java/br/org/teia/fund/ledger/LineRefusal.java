package br.org.teia.fund.ledger;

import java.util.List;

/**
 * Why one line of an imported file was refused: its line in the file, the column (as the file's
 * header names it; empty for the whole line) and a message key of the fund bundle with its arguments.
 */
public record LineRefusal(int line, String column, String messageKey, List<Object> arguments) {

  public LineRefusal {
    arguments = List.copyOf(arguments);
  }

  public static LineRefusal of(int line, String column, String messageKey, Object... arguments) {
    return new LineRefusal(line, column, messageKey, List.of(arguments));
  }
}
