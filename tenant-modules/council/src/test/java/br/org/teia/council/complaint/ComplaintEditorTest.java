package br.org.teia.council.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The complaint forms on their own (receive, follow up, close): no Spring, no database. */
@ExtendWith(FormUi.class)
class ComplaintEditorTest {

  private final LocalDate today = LocalDate.of(2026, 6, 1);

  @Test
  void an_anonymous_complaint_carries_no_identity() {
    ComplaintEditor form = new ComplaintEditor();
    AtomicReference<ComplaintForm> saved = new AtomicReference<>();
    form.edit(ComplaintEditor.blank(today));
    form.addSaveListener(event -> saved.set(event.value()));
    form.channel.setValue(ComplaintChannel.values()[0]);
    form.name.setValue("Ana");
    form.anonymous.setValue(true);
    form.subject.setValue("Atendimento");
    form.description.setValue("Demora");

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new ComplaintForm(today, ComplaintChannel.values()[0], true, null, null,
        "Atendimento", null, "Demora"));
  }

  @Test
  void no_subject_is_shown_under_it_in_portuguese() {
    ComplaintEditor form = new ComplaintEditor();
    form.edit(ComplaintEditor.blank(today));

    form.saveButton().click();

    assertThat(form.subject.getErrorMessage()).isEqualTo(form.getTranslation("council.complaint.subject.required"));
  }

  @Test
  void a_follow_up_before_the_receipt_is_refused_under_its_date() {
    FollowUpEditor form = new FollowUpEditor();
    form.edit(FollowUpEditor.blank(today));

    form.showRefusal(new DomainRefusal("occurredOn", "council.complaint.before-receipt", "01/06/2026"));

    assertThat(form.day.isInvalid()).isTrue();
    assertThat(form.day.getErrorMessage()).contains("01/06/2026");
  }

  @Test
  void closing_without_an_outcome_is_shown_under_it() {
    CloseEditor form = new CloseEditor();
    form.edit(CloseEditor.blank(today));

    form.saveButton().click();

    assertThat(form.outcome.getErrorMessage()).isEqualTo(form.getTranslation("council.complaint.outcome.required"));
  }
}
