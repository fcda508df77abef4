package br.org.teia.fund.importing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.fund.ledger.LineRefusal;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ImportViewIT extends UiTestBase {

  private ImportView sendAndWait(String name, byte[] content) throws Exception {
    ImportView view = _get(ImportView.class);
    UploadKt._upload(_get(Upload.class, spec -> spec.withId("fund-import-upload")), name, content);
    view.running.get(60, TimeUnit.SECONDS);
    MockVaadin.runUIQueue(); // runs what the import thread queued with ui.access
    return view;
  }

  private static String result() {
    return _get(Paragraph.class, spec -> spec.withId("fund-import-result")).getText();
  }

  @Test
  void the_manager_imports_an_execution_file_once_and_sees_the_same_file_recognised() throws Exception {
    TenantId town = onboarded("3132404"); // Itajubá
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(ImportView.class);
    byte[] file = ImportServiceIT.execution(town,
        "2026;E-1;empenho;E-1;02/03/2026;1.000,00;PSB;FNAS;3.3.90.39;244;" + ImportServiceIT.PAPELARIA + ";Papelaria;;",
        "2026;E-1;liquidação;NL-1;03/03/2026;400,00;PSB;FNAS;3.3.90.39;244;" + ImportServiceIT.PAPELARIA + ";Papelaria;;");

    sendAndWait("execucao.csv", file);
    assertThat(result()).isEqualTo("Arquivo importado: 2 linhas, 2 lançamentos novos, nenhum já estava no fundo.");
    sendAndWait("execucao.csv", file);
    assertThat(result()).startsWith("Este arquivo já foi importado antes: nada mudou");
  }

  @Test
  void a_wrong_file_lists_its_lines_columns_and_problems_in_portuguese() throws Exception {
    TenantId town = onboarded("3129806"); // Ibirité
    TenantId other = onboarded("3141108"); // Matozinhos
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(ImportView.class);

    sendAndWait("execucao.csv", ImportServiceIT.execution(town,
        "2026;E-9;pagamento;OP-9;02/03/2026;10,00;PSB;FNAS;3.3.90.39;244;" + ImportServiceIT.PAPELARIA + ";Papelaria;;",
        "2026;E-10;empenho;E-10;02/03/2026;10,001;PSB;FNAS;3.3.90.39;244;" + ImportServiceIT.PAPELARIA + ";Papelaria;;"));

    assertThat(result()).isEqualTo("Arquivo recusado, nada foi importado: 1 problema. Corrija e envie de novo.");
    @SuppressWarnings("unchecked")
    Grid<LineRefusal> refusals = _get(Grid.class, spec -> spec.withId("fund-import-refusals"));
    assertThat(GridKt._size(refusals)).isEqualTo(1);
    assertThat(GridKt._getFormattedRow(refusals, 0)).containsExactly("3", "valor",
        "O valor \"10,001\" tem mais de dois decimais.");

    sendAndWait("outro.csv", ImportServiceIT.execution(other,
        "2026;E-1;empenho;E-1;02/03/2026;10,00;PSB;FNAS;3.3.90.39;244;" + ImportServiceIT.PAPELARIA + ";Papelaria;;"));
    assertThat(GridKt._getFormattedRow(refusals, 0)).containsExactly("2", "municipio",
        "O arquivo é de outro município (código IBGE 3141108); este é o 3129806. Nada foi importado.");
  }

  @Test
  void only_the_fund_manager_opens_the_import_page() {
    TenantId town = onboarded("3109006"); // Brumadinho
    for (Role role : new Role[] {Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.MUNICIPAL_STAFF, Role.ASSOCIATION_STAFF}) {
      loginAs(role, town);
      UI.getCurrent().navigate(ImportView.class);
      assertThat(_find(Upload.class)).as(role.name()).isEmpty();
    }
  }
}
