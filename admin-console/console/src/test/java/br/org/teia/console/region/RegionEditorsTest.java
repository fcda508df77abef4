package br.org.teia.console.region;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import br.org.teia.testsupport.FormUi;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The region set, region name and placing forms on their own: no Spring, no database. */
@ExtendWith(FormUi.class)
class RegionEditorsTest {

  @BeforeEach
  void open() {
    NotificationsKt.clearNotifications();
  }

  @Test
  void a_new_set_is_of_minas_gerais_unless_chosen_and_a_taken_name_is_said_under_the_name() {
    RegionSetEditor form = new RegionSetEditor(List.of("MG", "SP"), false);
    AtomicReference<RegionSetForm> saved = new AtomicReference<>();
    form.edit(RegionSetEditor.blank());
    form.addSaveListener(event -> saved.set(event.value()));

    form.saveButton().click();
    assertThat(form.name.getErrorMessage()).isEqualTo(form.getTranslation("console.region-set.name.required"));

    form.name.setValue("Regionais COGEMAS");
    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new RegionSetForm("Regionais COGEMAS", "MG"));

    form.showRefusal(new DomainRefusal("name", "console.region-set.duplicate", "Regionais COGEMAS"));
    assertThat(form.name.isInvalid()).isTrue();
    assertThat(form.name.getErrorMessage()).contains("Regionais COGEMAS");
  }

  @Test
  void a_recorded_set_keeps_its_state() {
    RegionSetEditor form = new RegionSetEditor(List.of("MG", "SP"), true);
    form.edit(new RegionSetForm("Polos", "SP"));

    assertThat(form.uf.isReadOnly()).isTrue();
    assertThat(form.uf.getValue()).isEqualTo("SP");
  }

  @Test
  void whatever_the_service_refuses_about_a_region_name_stands_under_the_name() {
    RegionNameEditor form = RegionNameEditor.adding();
    form.name.setValue("Central");

    boolean added = form.submit(new RegionName("Central"), value -> {
      throw new TeiaException("console.region.duplicate", "Central");
    });

    assertThat(added).isFalse();
    assertThat(form.name.getErrorMessage()).contains("Central");
    assertThat(NotificationsKt.getNotifications()).isEmpty();
  }

  @Test
  void a_region_name_with_a_control_character_is_refused_before_the_service() {
    RegionNameEditor form = RegionNameEditor.renaming();
    AtomicReference<RegionName> saved = new AtomicReference<>();
    form.edit(new RegionName("Norte"));
    form.addSaveListener(event -> saved.set(event.value()));
    form.name.setValue("Norte\u0000");

    form.saveButton().click();

    assertThat(saved.get()).isNull();
    assertThat(form.name.getErrorMessage()).startsWith("Este campo tem um caractere de controle");
  }

  @Test
  void placing_without_a_region_chosen_is_said_under_the_code() {
    PlaceEditor form = new PlaceEditor();
    AtomicReference<PlaceForm> saved = new AtomicReference<>();
    form.addSaveListener(event -> saved.set(event.value()));
    form.code.setValue("3106705");

    form.saveButton().click();
    assertThat(saved.get()).isEqualTo(new PlaceForm("3106705"));
    form.showRefusal(new TeiaException("console.region.required"));

    assertThat(form.code.isInvalid()).isTrue();
    assertThat(form.code.getErrorMessage()).isEqualTo(form.getTranslation("console.region.required"));
    assertThat(NotificationsKt.getNotifications()).isEmpty();
  }
}
