package br.org.teia.console.csv;

/**
 * One refused line of an import (or entry of a typed list): where it is (1-based line or
 * position), what it held, and why, as a message key with its arguments.
 */
public record RowError(int line, String input, String messageKey, Object... arguments) {

  public RowError {
    input = input == null ? "" : input;
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  @Override
  public Object[] arguments() {
    return arguments.clone();
  }
}
