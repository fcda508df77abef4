package br.org.teia.kernel;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The record does not exist for the caller: in its own municipality, or at all. APIs answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends TeiaException {

  public NotFoundException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
