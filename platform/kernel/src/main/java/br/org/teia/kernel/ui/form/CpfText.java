package br.org.teia.kernel.ui.form;

import com.vaadin.flow.component.textfield.TextField;

/**
 * A CPF field as every form shows it: only digits, dots and a hyphen can be typed (the browser drops
 * anything else), at most 14 characters, and its format under it. The form's own validator still
 * says, in Portuguese, when the digits are wrong.
 */
public final class CpfText {

  /** What can be typed into a CPF field. */
  public static final String ALLOWED = "[0-9.\\-]";
  static final String FORMAT_KEY = "ui.form.cpf.format";

  private CpfText() {
  }

  /** Shapes {@code field} as a CPF field. */
  public static TextField shape(TextField field) {
    field.setAllowedCharPattern(ALLOWED);
    field.setMaxLength(14);
    field.setHelperText(field.getTranslation(FORMAT_KEY));
    return field;
  }
}
