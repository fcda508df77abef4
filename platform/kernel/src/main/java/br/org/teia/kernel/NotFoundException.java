package br.org.teia.kernel;

/** The record does not exist for the caller: in its own municipality, or at all. APIs answer 404. */
public class NotFoundException extends TeiaException {

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
