package br.org.teia.kernel;

import java.util.Optional;

/**
 * A business refusal that belongs to one field of what the person filled in ({@code field} is the
 * property name of the form record, e.g. {@code "name"} of {@code UnitForm}): forms show the
 * message under that field, APIs add it to the problem details. A refusal about the whole record
 * stays a plain {@link TeiaException}.
 */
public class DomainRefusal extends TeiaException {

  private final String field;

  public DomainRefusal(String field, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.field = field;
  }

  /** The form property this refusal is about. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The field of any refusal: present only for a {@link DomainRefusal} that names one. */
  public static Optional<String> fieldOf(TeiaException refusal) {
    return refusal instanceof DomainRefusal domain ? domain.field() : Optional.empty();
  }
}
