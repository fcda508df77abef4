package br.org.teia.kernel.security;

import java.util.Arrays;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A well-signed token that Teia still refuses (no linked account, a municipality the account does
 * not belong to): carries the message key, so the answer is translated for the client, not here.
 */
public class RefusedTokenException extends InvalidBearerTokenException {

  private final String messageKey;
  private final transient Object[] arguments;

  public RefusedTokenException(String messageKey, Object... arguments) {
    super(messageKey + Arrays.toString(arguments));
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
