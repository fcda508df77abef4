package br.org.teia.kernel.ui.form;

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

  private final Component owner;

  public FormBinder(Class<T> type, Component owner) {
    super(type);
    this.owner = owner;
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
