package br.org.teia.structure.managingbody;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.StructureFixture;
import br.org.teia.testsupport.UiTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The managing body's page in a municipality of the test's own (Conselheiro Lafaiete): its legal data (CNPJ,
 * law, manager) commit the municipality, so only the manager changes them; staff read them.
 */
@StructureContext
class ManagingBodyViewIT extends UiTestBase {

  private TenantId town;

  @BeforeEach
  void aTownWithItsManagingBody() {
    town = new StructureFixture(context).municipality(onboarded("3118304"), 113_000, SuasManagementLevel.PLENA, Map.of());
  }

  @Test
  void the_manager_may_change_the_legal_data() {
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(ManagingBodyView.class);

    assertThat(_get(Button.class, spec -> spec.withId("managing-body-save")).isVisible()).isTrue();
    assertThat(_get(TextField.class, spec -> spec.withId("managing-body-cnpj")).isReadOnly()).isFalse();
  }

  @Test
  void staff_read_the_legal_data_but_have_no_save_and_cannot_edit_the_cnpj() {
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(ManagingBodyView.class);

    assertThat(_find(ManagingBodyView.class)).hasSize(1);
    TextField cnpj = _get(TextField.class, spec -> spec.withId("managing-body-cnpj"));
    assertThat(cnpj.getValue()).isNotBlank();
    assertThat(cnpj.isReadOnly()).isTrue();
    assertThat(_get(TextField.class, spec -> spec.withId("managing-body-manager")).isReadOnly()).isTrue();
    assertThat(_find(Button.class, spec -> spec.withId("managing-body-save")).stream().filter(Button::isVisible))
        .isEmpty();
  }
}
