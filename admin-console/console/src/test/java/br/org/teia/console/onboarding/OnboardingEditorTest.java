package br.org.teia.console.onboarding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.csv.RowError;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.testsupport.FormUi;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The onboarding request on its own: no Spring, no database. */
@ExtendWith(FormUi.class)
class OnboardingEditorTest {

  private final AtomicReference<OnboardingRequest> saved = new AtomicReference<>();
  private OnboardingEditor form;

  @BeforeEach
  void open() {
    NotificationsKt.clearNotifications();
    form = new OnboardingEditor();
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void each_way_of_asking_shows_its_own_field() {
    assertThat(form.code.isVisible()).isTrue();
    assertThat(form.codes.isVisible()).isFalse();

    form.mode.setValue(OnboardingView.Mode.STATE);

    assertThat(form.uf.isVisible()).isTrue();
    assertThat(form.code.isVisible()).isFalse();
    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new OnboardingRequest(OnboardingView.Mode.STATE, null, null, "MG"));
  }

  @Test
  void a_refused_list_shows_every_wrong_line_and_the_list_says_nothing_was_saved() {
    form.mode.setValue(OnboardingView.Mode.LIST);
    form.codes.setValue("3143302, 31471");

    form.showRefusal(new RowErrorsException(List.of(new RowError(2, "31471", "console.onboarding.duplicate", "31471", 1))));

    assertThat(_find(form.errors, Paragraph.class)).hasSize(2);
    assertThat(form.codes.isInvalid()).isTrue();
    assertThat(form.codes.getErrorMessage()).startsWith("Nada foi gravado");
    assertThat(NotificationsKt.getNotifications()).isEmpty();

    form.edit(OnboardingEditor.after(new OnboardingRequest(OnboardingView.Mode.LIST, null, "x", "MG")));
    assertThat(_find(form.errors, Paragraph.class)).isEmpty();
    assertThat(form.mode.getValue()).isEqualTo(OnboardingView.Mode.LIST);
  }

  @Test
  void a_refused_single_code_is_said_under_the_code_without_lines() {
    form.code.setValue("3199999");

    form.showRefusal(new RowErrorsException(List.of(
        new RowError(1, "3199999", "console.onboarding.duplicate", "3199999", 1))));

    assertThat(form.code.isInvalid()).isTrue();
    assertThat(form.code.getErrorMessage()).isEqualTo(form.getTranslation("console.onboarding.duplicate", "3199999", 1));
    assertThat(_find(form.errors, Paragraph.class)).isEmpty();
  }

  @Test
  void a_control_character_in_the_list_is_refused_under_it() {
    form.mode.setValue(OnboardingView.Mode.LIST);
    form.codes.setValue("3106200\u0000");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.codes.getErrorMessage()).startsWith("Este campo tem um caractere de controle");
  }
}
