package br.org.teia.kernel.ui.form;

import br.org.teia.kernel.security.PlainText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ErrorLevel;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * A {@link BeanValidationBinder} whose constraint messages come from Teia's bundles: the form
 * records say {@code message = "{structure.unit.name.required}"}, which plain Bean Validation in
 * the browser session cannot resolve, so the key is translated by the form it belongs to.
 */
public class FormBinder<T> extends BeanValidationBinder<T> {

  static final String CONTROL_CHARACTER_KEY = "ui.form.control-character";
  static final String CONTROL_CHARACTER = "{" + CONTROL_CHARACTER_KEY + "}";

  private final Component owner;

  public FormBinder(Class<T> type, Component owner) {
    super(type);
    this.owner = owner;
    // The components' own checks (min, max, pattern) speak without our bundles and would answer
    // before the record's constraints: the record alone is the judge, as in the service.
    setDefaultValidatorsEnabled(false);
  }

  /**
   * Text fields refuse a control character (the kernel's one rule for text, {@link PlainText}: a NUL
   * would make PostgreSQL refuse the whole statement) under the field, in Portuguese; and give a
   * blank text to the record as null, as the form records clean it, so a constraint (a pattern, a
   * CPF) is checked on what the service will check.
   */
  @Override
  public <V> BindingBuilder<T, V> forField(HasValue<?, V> field) {
    BindingBuilder<T, V> builder = super.forField(field);
    if (!"".equals(field.getEmptyValue())) {
      return builder;
    }
    @SuppressWarnings("unchecked")
    BindingBuilder<T, String> text = (BindingBuilder<T, String>) builder;
    @SuppressWarnings("unchecked")
    BindingBuilder<T, V> plainBlankAsNull = (BindingBuilder<T, V>) text
        .withValidator(value -> value == null || PlainText.isAllowed(value), CONTROL_CHARACTER)
        .withConverter(value -> value == null || value.isBlank() ? null : value, value -> value == null ? "" : value);
    return plainBlankAsNull;
  }

  @Override
  protected void handleError(HasValue<?, ?> field, ValidationResult result) {
    super.handleError(field, ValidationResult.create(translated(result.getErrorMessage()),
        result.getErrorLevel().orElse(ErrorLevel.ERROR)));
  }

  /** {@code {key}} becomes the bundle's text; any other message is already text. */
  String translated(String message) {
    if (message != null && message.length() > 2 && message.startsWith("{") && message.endsWith("}")
        && message.indexOf('{', 1) < 0) {
      return owner.getTranslation(message.substring(1, message.length() - 1));
    }
    return message;
  }
}
