package br.org.teia.kernel;

import java.util.Arrays;

/**
 * A refusal users can understand: carries a message key from the i18n bundles and its arguments,
 * so every entry point (form, REST, CLI) shows the same Portuguese text.
 */
public class TeiaException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public TeiaException(String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public TeiaException(String messageKey, Throwable cause, Object... arguments) {
    super(messageKey + Arrays.toString(arguments), cause);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
