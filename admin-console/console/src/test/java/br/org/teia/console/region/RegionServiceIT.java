package br.org.teia.console.region;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.testsupport.ActingAs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import br.org.teia.console.csv.RowError;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
class RegionServiceIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId NOVA_LIMA = TenantId.of("3144805");

  @Autowired RegionService regions;
  @Autowired TenantOnboarding onboarding;

  @BeforeEach
  void twoMembers() {
    onboarding.onboard(List.of(CONTAGEM.ibgeCode(), NOVA_LIMA.ibgeCode()));
  }

  @Test
  void a_csv_import_builds_the_regions_and_shows_which_municipalities_are_members() {
    UUID set = newSet();
    // the non-members are towns no other test onboards: the module's ITs share one database, in an order
    // that is not fixed (Belo Horizonte and Uberlândia, used here before, are members once others ran)
    ImportResult result = as(Role.ASSOCIATION_STAFF, () -> regions.importCsv(set, bytes("""
        codigo;regiao
        3118601;Metropolitana
        3144805;metropolitana
        3100104;Metropolitana
        3100203;Triângulo
        """)));

    assertThat(result).isEqualTo(new ImportResult(2, 4));
    List<RegionSummary> all = as(Role.ASSOCIATION_STAFF, () -> regions.regions(set));
    assertThat(all).extracting(RegionSummary::name, RegionSummary::municipalities, RegionSummary::members)
        .containsExactly(tuple("Metropolitana", 3, 2), tuple("Triângulo", 1, 0));
    List<RegionMunicipality> metro = as(Role.ASSOCIATION_STAFF, () -> regions.municipalities(set, all.getFirst().id()));
    assertThat(metro).extracting(RegionMunicipality::name, RegionMunicipality::member)
        .containsExactlyInAnyOrder(tuple("Contagem", true), tuple("Nova Lima", true), tuple("Abadia dos Dourados", false));
    Map<String, List<TenantId>> grouping = as(Role.ASSOCIATION_ADMIN, () -> regions.grouping(set));
    assertThat(grouping.get("Triângulo")).containsExactly(TenantId.of("3100203"));
  }

  @Test
  void a_csv_with_bad_rows_is_refused_whole_each_row_reported_by_line_and_nothing_changes() {
    UUID set = newSet();
    as(Role.ASSOCIATION_STAFF, () -> regions.importCsv(set, bytes("3118601;Antiga\n")));

    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> regions.importCsv(set, bytes("""
        3118601;Central
        31186;Central
        3199999;Central
        5300108;Central
        3118601;Sul
        3144805;
        3144805
        """))))
        .isInstanceOfSatisfying(RowErrorsException.class, e -> assertThat(e.errors())
            .extracting(RowError::line, RowError::messageKey)
            .containsExactly(
                tuple(2, "tenant.ibge.format"),
                tuple(3, "tenant.ibge.unknown"),
                tuple(4, "console.region.other-state"),
                tuple(5, "console.region.import.duplicate"),
                tuple(6, "console.region.import.region-empty"),
                tuple(7, "console.region.import.duplicate")));
    assertThat(as(Role.ASSOCIATION_STAFF, () -> regions.regions(set))).extracting(RegionSummary::name)
        .containsExactly("Antiga");
    assertThat(as(Role.ASSOCIATION_STAFF, () -> regions.municipalities(set, null)))
        .extracting(RegionMunicipality::ibgeCode).containsExactly(CONTAGEM.ibgeCode());
  }

  @Test
  void an_empty_file_is_refused() {
    UUID set = newSet();
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> regions.importCsv(set, bytes("codigo;regiao\n\n"))))
        .isInstanceOfSatisfying(RowErrorsException.class,
            e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("console.import.empty"));
  }

  @Test
  void by_hand_a_municipality_is_in_one_region_of_a_set_at_most() {
    UUID set = newSet();
    RegionSummary north = as(Role.ASSOCIATION_STAFF, () -> regions.addRegion(set, new RegionName("Norte")));
    RegionSummary south = as(Role.ASSOCIATION_STAFF, () -> regions.addRegion(set, new RegionName("Sul")));

    as(Role.ASSOCIATION_STAFF, () -> regions.place(set, CONTAGEM.ibgeCode(), north.id()));
    RegionMunicipality moved = as(Role.ASSOCIATION_STAFF, () -> regions.place(set, CONTAGEM.ibgeCode(), south.id()));

    assertThat(moved.region()).isEqualTo("Sul");
    assertThat(as(Role.ASSOCIATION_STAFF, () -> regions.municipalities(set, null)))
        .extracting(RegionMunicipality::ibgeCode, RegionMunicipality::region)
        .containsExactly(tuple(CONTAGEM.ibgeCode(), "Sul"));
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> regions.place(set, "5300108", north.id())))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.region.other-state"));
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> regions.addRegion(set, new RegionName("NORTE"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.region.duplicate"));

    run(Role.ASSOCIATION_STAFF, () -> regions.deleteRegion(set, south.id()));
    assertThat(as(Role.ASSOCIATION_STAFF, () -> regions.municipalities(set, null))).isEmpty();
  }

  @Test
  void sets_are_renamed_and_deleted_and_names_stay_unique() {
    UUID set = newSet();
    String name = "Regiões " + UUID.randomUUID();
    assertThat(as(Role.ASSOCIATION_ADMIN, () -> regions.rename(set, new RegionSetName(name))).name()).isEqualTo(name);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> regions.create(new RegionSetForm(name.toUpperCase(), "MG"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.region-set.duplicate"));

    run(Role.ASSOCIATION_ADMIN, () -> regions.delete(set));
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> regions.set(set))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void an_invalid_set_is_refused_with_portuguese_messages() {
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> regions.create(new RegionSetForm(" ", "M1"))))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage)
            .containsExactlyInAnyOrder("Informe o nome do conjunto de regiões.",
                "UF inválida: use a sigla do estado, por exemplo MG."));
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> regions.create(new RegionSetForm("Zona " + UUID.randomUUID(), "ZZ"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.uf.unknown"));
  }

  @Test
  void municipal_people_are_refused() {
    UUID set = newSet();
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> regions.sets())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_STAFF, () -> regions.importCsv(set, bytes("3118601;X"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  private UUID newSet() {
    return as(Role.ASSOCIATION_STAFF, () -> regions.create(new RegionSetForm("Conjunto " + UUID.randomUUID(), "MG")).id());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
