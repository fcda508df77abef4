package br.org.teia.council.commission;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.council.composition.Side;
import br.org.teia.testsupport.FormUi;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A commission's members and coordinator on their own: no Spring, no database. */
@ExtendWith(FormUi.class)
class MembersEditorTest {

  private final MandateSummary rita = mandate("Rita");
  private final MandateSummary joao = mandate("João");
  private final MandateSummary ana = mandate("Ana");
  private final AtomicReference<MembersForm> saved = new AtomicReference<>();
  private MembersEditor form;

  @BeforeEach
  void open() {
    form = new MembersEditor(List.of(rita, joao, ana));
    form.addSaveListener(event -> saved.set(event.value()));
  }

  @Test
  void the_members_in_office_are_shown_and_one_who_left_leaves_on_save() {
    UUID gone = UUID.randomUUID();
    form.edit(new MembersForm(Set.of(rita.id(), joao.id(), gone), rita.id()));
    assertThat(form.members.getValue()).containsExactlyInAnyOrder(rita, joao);
    assertThat(form.coordinator.getValue()).isEqualTo(rita);

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new MembersForm(Set.of(rita.id(), joao.id()), rita.id()));
  }

  @Test
  void the_coordinator_is_chosen_among_the_members_and_goes_when_they_go() {
    form.edit(new MembersForm(Set.of(), null));
    form.members.setValue(Set.of(joao, ana));
    form.coordinator.setValue(ana);
    form.members.setValue(Set.of(joao));

    form.saveButton().click();

    assertThat(saved.get()).isEqualTo(new MembersForm(Set.of(joao.id()), null));
  }

  @Test
  void read_only_for_whoever_cannot_change_it() {
    form.edit(new MembersForm(Set.of(ana.id()), null));
    form.readOnly();

    assertThat(form.members.isReadOnly()).isTrue();
    assertThat(form.coordinator.isReadOnly()).isTrue();
    assertThat(form.saveButton().isVisible()).isFalse();
  }

  private static MandateSummary mandate(String name) {
    return new MandateSummary(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Usuários", SegmentKind.USERS,
        Side.CIVIL_SOCIETY, 1, MandateRole.MEMBER, UUID.randomUUID(), name, "***.111.222-**", null, false,
        LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null);
  }
}
