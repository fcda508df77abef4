package br.org.teia.kernel.ui.form;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.shared.Registration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A form as a component, after Vaadin's CRM tutorial {@code ContactForm}: the fields of one form
 * record bound by a {@link FormBinder}, a save button that fires a {@link SaveEvent} carrying the
 * record once the fields are valid, a cancel button that fires a {@link CancelEvent}. What the
 * service refuses comes back through {@link #showRefusal} and {@link #showViolations}: under the
 * field the refusal names, in a notification otherwise. Subclasses create and bind the fields and
 * give the buttons their ids; no Spring is needed to build or test one.
 *
 * @param <T> the form record (the same one the service and the API validate)
 */
public abstract class EditorForm<T> extends FormLayout {

  protected final FormBinder<T> binder;
  private final Button save;
  private final Button cancel;
  private final Map<String, HasValidation> unboundFields = new LinkedHashMap<>();
  private HasValidation otherRefusals;

  protected EditorForm(Class<T> type, String saveKey, String cancelKey) {
    this.binder = new FormBinder<>(type, this);
    this.save = new Button(getTranslation(saveKey), click -> save());
    this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    this.cancel = new Button(getTranslation(cancelKey), click -> fireEvent(new CancelEvent(this)));
  }

  /** Binds a number field to an {@code int} property: an empty field is 0 (which the record may refuse). */
  protected void bindInt(HasValue<?, Integer> field, String property) {
    binder.forField(field).withConverter(n -> n == null ? 0 : n, n -> n).bind(property);
  }

  /** Shows {@code value} in the fields (a blank record for a new one). */
  public void edit(T value) {
    clearRefusals();
    binder.readRecord(value);
  }

  /**
   * Validates the fields and the rules of the record as a whole (a getter constraint such as
   * {@code isEducationSufficient}, shown where {@link #refusalsShownOn} puts it) and, when all
   * hold, fires a {@link SaveEvent} with the record.
   */
  public void save() {
    valid().ifPresent(value -> fireEvent(new SaveEvent<>(this, value)));
  }

  /**
   * The record when its fields and its rules as a whole hold; empty, each refusal shown, when not.
   * For a form with more than one way to go on (buttons of its own besides save).
   */
  protected Optional<T> valid() {
    clearRefusals();
    T draft = draft();
    boolean fieldsHold = binder.validate().isOk();
    boolean recordHolds = draft == null || recordRulesHold(draft);
    return fieldsHold && recordHolds ? Optional.ofNullable(draft) : Optional.empty();
  }

  /** The record as the fields stand, valid or not (null when a value cannot be converted). */
  private T draft() {
    boolean disabled = binder.isValidatorsDisabled();
    binder.setValidatorsDisabled(true);
    try {
      return binder.writeRecord();
    } catch (ValidationException | RuntimeException unconvertible) {
      return null;
    } finally {
      binder.setValidatorsDisabled(disabled);
    }
  }

  /** Constraints no bound field checks (record-level getters): shown under their registered field. */
  private boolean recordRulesHold(T record) {
    boolean hold = true;
    for (ConstraintViolation<T> violation : RecordValidation.VALIDATOR.validate(record)) {
      String property = lastNode(violation.getPropertyPath());
      if (property != null && binder.getBinding(property).isPresent()) {
        continue; // that field's own validator speaks
      }
      hold = false;
      String text = binder.translated(violation.getMessage());
      show(fieldNamed(property), text);
    }
    return hold;
  }

  /** Plain Bean Validation, as Vaadin's BeanValidator uses it; messages stay keys the binder translates. */
  private static final class RecordValidation {
    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  }

  public Button saveButton() {
    return save;
  }

  public Button cancelButton() {
    return cancel;
  }

  /** Only to read: every bound field read-only, the save button hidden. */
  public void readOnly() {
    binder.setReadOnly(true);
    save.setVisible(false);
  }

  /** Where the person starts typing when the form opens. */
  public void focusFirst() {
  }

  /**
   * A field that refusals may name but that is not bound to a property of the same name (for
   * example a search box feeding an id).
   */
  protected void refusalsShownOn(String property, HasValidation field) {
    unboundFields.put(property, field);
  }

  /**
   * Where a refusal naming no field of this form is shown instead of a notification: for a form
   * of one field (a code to place, a name to add), whatever the service says is about that field.
   */
  protected void otherRefusalsShownOn(HasValidation field) {
    otherRefusals = field;
  }

  /**
   * Hands a saved record to the service: its confirmation in a notification and true, or its
   * refusal on the form and false.
   */
  public boolean submit(T value, SaveAction<T> save) {
    return run(() -> save.save(value));
  }

  /**
   * Any other call to the service this form stands for (try again, resend...): its confirmation
   * (null: nothing said) in a notification and true, or its refusal on the form and false.
   */
  public boolean run(Supplier<String> action) {
    try {
      Actions.confirm(action.get());
      return true;
    } catch (ConstraintViolationException invalid) {
      showViolations(invalid);
    } catch (TeiaException refusal) {
      showRefusal(refusal);
    }
    return false;
  }

  /** A service refusal: under the field a {@link DomainRefusal} names, in a notification otherwise. */
  public void showRefusal(TeiaException refusal) {
    clearRefusals();
    String text = getTranslation(refusal.messageKey(), refusal.arguments());
    show(DomainRefusal.fieldOf(refusal).flatMap(this::fieldNamed), text);
  }

  /** The service's Bean Validation: each message under its property's field. */
  public void showViolations(ConstraintViolationException invalid) {
    clearRefusals();
    for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
      String text = binder.translated(violation.getMessage());
      show(fieldNamed(lastNode(violation.getPropertyPath())), text);
    }
  }

  private Optional<HasValidation> fieldNamed(String property) {
    if (property == null) {
      return Optional.empty();
    }
    HasValidation unbound = unboundFields.get(property);
    if (unbound != null) {
      return Optional.of(unbound);
    }
    return binder.getBinding(property).map(binding -> binding.getField())
        .filter(HasValidation.class::isInstance).map(HasValidation.class::cast);
  }

  /** Under {@code field}; else under the field for other refusals; else in a notification. */
  private void show(Optional<HasValidation> field, String text) {
    field.or(() -> Optional.ofNullable(otherRefusals)).ifPresentOrElse(f -> mark(f, text), () -> Actions.refuse(text));
  }

  private void clearRefusals() {
    unboundFields.values().forEach(EditorForm::unmark);
    if (otherRefusals != null) {
      unmark(otherRefusals);
    }
  }

  private static void unmark(HasValidation field) {
    field.setInvalid(false);
    field.setErrorMessage(null);
  }

  private static void mark(HasValidation field, String text) {
    field.setErrorMessage(text);
    field.setInvalid(true);
  }

  private static String lastNode(Path path) {
    String last = null;
    for (Path.Node node : path) {
      last = node.getName();
    }
    return last;
  }

  public Registration addSaveListener(ComponentEventListener<SaveEvent<T>> listener) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<SaveEvent<T>> type = (Class) SaveEvent.class;
    return addListener(type, listener);
  }

  public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
    return addListener(CancelEvent.class, listener);
  }

  /** The person saved a valid record. */
  public static final class SaveEvent<T> extends ComponentEvent<EditorForm<T>> {
    private final T value;

    SaveEvent(EditorForm<T> source, T value) {
      super(source, false);
      this.value = value;
    }

    public T value() {
      return value;
    }
  }

  /** The person gave up. */
  public static final class CancelEvent extends ComponentEvent<EditorForm<?>> {
    CancelEvent(EditorForm<?> source) {
      super(source, false);
    }
  }
}
