package br.org.teia.fund.controls;

import java.util.List;

/**
 * One control on one block: its status and what to tell the person (a message key of the fund's
 * bundle and its arguments, amounts already written in reais).
 */
public record ControlResult(String blockCode, SuasControl control, ControlStatus status, String messageKey,
    List<Object> arguments) {

  public ControlResult {
    arguments = List.copyOf(arguments);
  }

  public Object[] argumentArray() {
    return arguments.toArray();
  }
}
