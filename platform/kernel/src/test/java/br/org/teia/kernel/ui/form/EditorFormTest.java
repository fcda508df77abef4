package br.org.teia.kernel.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.BundleI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kernel's form pattern on a form of its own, and a search box: no Spring, the real bundles, Portuguese. */
class EditorFormTest {

  private static final String CONTROL_CHARACTER = "Este campo tem um caractere de controle (como o caractere nulo), "
      + "que não é aceito em textos. Apague-o e digite de novo.";

  /** A form record as the modules write them. */
  public record NoteForm(@NotBlank(message = "Escreva a nota.") String note, String author) {
  }

  /** A form as the modules write them, with a second way to go on besides save. */
  static class NoteEditor extends EditorForm<NoteForm> {
    final TextArea note = new TextArea();
    final TextField author = new TextField();
    final Button draft = new Button("Rascunho");
    final AtomicReference<NoteForm> drafted = new AtomicReference<>();

    NoteEditor(boolean authorTakesEveryRefusal) {
      super(NoteForm.class, "ui.form.cancel", "ui.form.cancel");
      binder.forField(note).bind("note");
      binder.forField(author).bind("author");
      draft.addClickListener(click -> valid().ifPresent(drafted::set));
      if (authorTakesEveryRefusal) {
        otherRefusalsShownOn(author);
      }
      add(note, author, draft);
    }
  }

  private final AtomicReference<NoteForm> saved = new AtomicReference<>();

  @BeforeEach
  void open() {
    System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
    MockVaadin.setup();
    UI.getCurrent().setLocale(Locale.of("pt", "BR"));
  }

  @AfterEach
  void close() {
    MockVaadin.tearDown();
  }

  private NoteEditor form(boolean authorTakesEveryRefusal) {
    NoteEditor form = new NoteEditor(authorTakesEveryRefusal);
    form.edit(new NoteForm(null, null));
    form.addSaveListener(event -> saved.set(event.value()));
    return form;
  }

  @Test
  void a_null_character_is_refused_under_its_field_in_portuguese_and_nothing_is_saved() {
    NoteEditor form = form(false);
    form.note.setValue("Ata\u0000");
    form.author.setValue("Rita\u0007");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.note.isInvalid()).isTrue();
    assertThat(form.note.getErrorMessage()).isEqualTo(CONTROL_CHARACTER);
    assertThat(form.author.getErrorMessage()).isEqualTo(CONTROL_CHARACTER);
  }

  @Test
  void tabs_and_line_breaks_are_text_and_blank_text_is_null() {
    NoteEditor form = form(false);
    form.note.setValue("Primeira linha\r\n\tsegunda");
    form.author.setValue("   ");

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new NoteForm("Primeira linha\r\n\tsegunda", null));
    assertThat(form.note.isInvalid()).isFalse();
  }

  @Test
  void the_record_constraint_speaks_through_its_bundle_or_as_written() {
    NoteEditor form = form(false);

    form.saveButton().click();

    assertThat(form.note.getErrorMessage()).isEqualTo("Escreva a nota.");
  }

  @Test
  void a_second_button_gets_the_record_only_when_it_holds() {
    NoteEditor form = form(false);
    form.draft.click();
    assertThat(form.drafted.get()).isNull();

    form.note.setValue("Nota");
    form.draft.click();

    assertThat(form.drafted.get()).isEqualTo(new NoteForm("Nota", null));
    assertThat(saved.get()).isNull();
  }

  @Test
  void a_refusal_naming_a_field_stands_under_it_and_one_naming_none_in_a_notification() {
    NoteEditor form = form(false);
    form.note.setValue("Nota");

    assertThat(form.submit(new NoteForm("Nota", null), value -> {
      throw new DomainRefusal("author", "ui.form.control-character");
    })).isFalse();
    assertThat(form.author.getErrorMessage()).isEqualTo(CONTROL_CHARACTER);

    NotificationsKt.clearNotifications();
    assertThat(form.submit(new NoteForm("Nota", null), value -> {
      throw new TeiaException("ui.form.cancel");
    })).isFalse();
    assertThat(texts()).containsExactly("Cancelar");
  }

  @Test
  void a_form_of_one_field_shows_every_refusal_under_it() {
    NoteEditor form = form(true);
    NotificationsKt.clearNotifications();

    form.run(() -> {
      throw new TeiaException("ui.form.cancel");
    });

    assertThat(form.author.getErrorMessage()).isEqualTo("Cancelar");
    assertThat(texts()).isEmpty();
    form.note.setValue("Nota");
    form.saveButton().click(); // the next try starts clean
    assertThat(form.author.isInvalid()).isFalse();
    assertThat(saved.get()).isEqualTo(new NoteForm("Nota", null));
  }

  @Test
  void an_action_confirms_and_goes_on_or_is_refused_in_a_notification_and_stops() {
    NoteEditor form = form(false);
    AtomicReference<String> after = new AtomicReference<>();
    NotificationsKt.clearNotifications();

    assertThat(Actions.run(form, () -> "Publicada.", () -> after.set("recarregada"))).isTrue();
    assertThat(Actions.run(form, () -> {
      throw new TeiaException("ui.form.control-character");
    }, () -> after.set("de novo"))).isFalse();

    assertThat(after.get()).isEqualTo("recarregada");
    assertThat(texts()).containsExactly("Publicada.", CONTROL_CHARACTER);
  }

  @Test
  void a_search_box_with_a_null_character_filters_nothing_and_says_so_under_itself_until_it_is_gone() {
    TextField search = SearchText.guard(new TextField());

    search.setValue("Betim\u0000");
    assertThat(SearchText.of(search)).isEmpty();
    assertThat(search.isInvalid()).isTrue();
    assertThat(search.getErrorMessage()).isEqualTo(CONTROL_CHARACTER);

    search.setValue("Betim");
    assertThat(SearchText.of(search)).isEqualTo("Betim");
    assertThat(search.isInvalid()).isFalse();
  }

  private static List<String> texts() {
    return NotificationsKt.getNotifications().stream().map(EditorFormTest::text).toList();
  }

  private static String text(Notification notification) {
    String text = notification.getElement().getProperty("text");
    return text != null ? text : notification.getElement().getTextRecursively();
  }
}
