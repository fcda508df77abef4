package br.org.teia.console.csv;

import br.org.teia.kernel.TeiaException;
import java.util.List;

/**
 * An import or list refused as a whole because some of its lines are wrong: every wrong line is
 * reported, and nothing was written. The API answers 422 with the lines in {@code errors}.
 */
public class RowErrorsException extends TeiaException {

  private final transient List<RowError> errors;

  public RowErrorsException(List<RowError> errors) {
    super("console.import.refused", errors.size());
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }
}
