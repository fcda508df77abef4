package br.org.teia.structure.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class TerritoryServiceIT {

  static final TenantId NOVA_LIMA = TenantId.of("3144805");
  static final TenantId ITABIRITO = TenantId.of("3133808");

  @Autowired TerritoryService territories;
  @Autowired TerritoryExport export;
  @Autowired TenantOnboarding onboarding;
  @Autowired SystemWork system;

  @BeforeEach
  void twoMunicipalities() {
    onboarding.onboard(List.of(NOVA_LIMA.ibgeCode(), ITABIRITO.ibgeCode()));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void each_municipality_sees_only_its_territories() {
    TerritorySummary mine = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> territories.create(form("Vila Operária " + UUID.randomUUID())));
    as(ITABIRITO, Role.MUNICIPAL_STAFF, () -> territories.create(form("Centro " + UUID.randomUUID())));

    List<UUID> seenByNovaLima = as(NOVA_LIMA, Role.COUNCIL_MEMBER,
        () -> territories.list("", 0, 200).map(TerritorySummary::id).toList());
    List<String> schemas = as(ITABIRITO, Role.COUNCIL_MEMBER, () -> List.of(territories.currentSchema()));

    assertThat(seenByNovaLima).contains(mine.id());
    assertThat(as(ITABIRITO, Role.COUNCIL_MEMBER, () -> territories.list("", 0, 200).map(TerritorySummary::id).toList()))
        .doesNotContain(mine.id());
    assertThat(schemas).containsExactly("mun_3133808");
  }

  @Test
  void another_municipalitys_id_is_not_found_never_returned() {
    TerritorySummary mine = as(NOVA_LIMA, Role.MUNICIPAL_MANAGER, () -> territories.create(form("Jardim " + UUID.randomUUID())));

    assertThatThrownBy(() -> as(ITABIRITO, Role.MUNICIPAL_MANAGER, () -> territories.get(mine.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(ITABIRITO, Role.MUNICIPAL_MANAGER, () -> {
      territories.delete(mine.id());
      return null;
    })).isInstanceOf(NotFoundException.class);
    assertThat(as(NOVA_LIMA, Role.MUNICIPAL_MANAGER, () -> territories.get(mine.id()).name())).isEqualTo(mine.name());
  }

  @Test
  void a_second_territory_with_the_same_name_in_other_case_is_refused() {
    String name = "Barreiro " + UUID.randomUUID();
    as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> territories.create(form(name)));

    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> territories.create(form(name.toUpperCase()))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.territory.duplicate"));
  }

  @Test
  void invalid_form_is_refused_with_portuguese_messages_per_field() {
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF,
        () -> territories.create(new TerritoryForm(" ", null, -1, null))))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage)
            .containsExactlyInAnyOrder("Informe o nome do território.",
                "Informe um número de famílias entre 0 e 10.000.000."));
  }

  @Test
  void council_member_reads_but_cannot_create() {
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> territories.create(form("Nova " + UUID.randomUUID()))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> territories.count())).isGreaterThanOrEqualTo(0);
  }

  @Test
  void a_change_based_on_an_old_version_is_refused() {
    TerritorySummary created = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> territories.create(form("Lagoa " + UUID.randomUUID())));
    as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> territories.update(created.id(), created.version(), form(created.name() + " Norte")));

    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF,
        () -> territories.update(created.id(), created.version(), form(created.name() + " Sul"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("structure.territory.stale"));
  }

  static TerritoryForm form(String name) {
    return new TerritoryForm(name, "Centro, Bela Vista", 1200, null);
  }

  @Test
  void the_csv_and_xlsx_exports_read_back_with_the_territories() throws Exception {
    String name = "Território; \"Exportado\" " + UUID.randomUUID();
    as(ITABIRITO, Role.MUNICIPAL_STAFF, () -> territories.create(new TerritoryForm(name, "Centro, Boa Vista", 1200, null)));

    String csv = new String(as(ITABIRITO, Role.COUNCIL_MEMBER, () -> export.csv(name, I18nConfiguration.PT_BR)),
        StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFNome do território;Bairros abrangidos;Famílias estimadas;Vulnerabilidades observadas\r\n");
    assertThat(csv.lines().skip(1).toList())
        .containsExactly("\"" + name.replace("\"", "\"\"") + "\";Centro, Boa Vista;1200;");

    byte[] xlsx = as(ITABIRITO, Role.COUNCIL_MEMBER, () -> export.xlsx(name, I18nConfiguration.PT_BR));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).getCellText(0)).isEqualTo(name);
      assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(1200));
    }
    assertThatThrownBy(() -> as(ITABIRITO, Role.ASSOCIATION_STAFF, () -> export.csv("", I18nConfiguration.PT_BR)))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** Acts as a person with {@code role} in {@code tenant}: authentication and tenant scope, as a request has. */
  private <T> T as(TenantId tenant, Role role, Supplier<T> action) {
    return system.in(tenant, role, action);
  }
}
