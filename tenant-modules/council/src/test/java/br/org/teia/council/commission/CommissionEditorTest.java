package br.org.teia.council.commission;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The commission and report forms on their own: no Spring, no database. */
@ExtendWith(FormUi.class)
class CommissionEditorTest {

  @Test
  void a_thematic_commission_is_saved_with_its_name_and_a_taken_kind_is_shown_under_the_kind() {
    CommissionEditor form = new CommissionEditor();
    AtomicReference<CommissionForm> saved = new AtomicReference<>();
    form.edit(CommissionEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));
    form.name.setValue("Comissão de Normas");

    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new CommissionForm(CommissionKind.THEMATIC, "Comissão de Normas"));

    form.showRefusal(new DomainRefusal("kind", "council.commission.kind-taken"));
    assertThat(form.kind.getErrorMessage()).startsWith("O conselho já tem uma comissão deste tipo");
  }

  @Test
  void a_report_without_a_title_is_refused_under_it_in_portuguese() {
    ReportEditor form = new ReportEditor();
    AtomicReference<ReportForm> saved = new AtomicReference<>();
    form.edit(ReportEditor.blank(LocalDate.of(2026, 6, 1)));
    form.addSaveListener(event -> saved.set(event.value()));
    form.text.setValue("Texto");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.title.getErrorMessage()).isEqualTo(form.getTranslation("council.commission.report.title.required"));
  }
}
