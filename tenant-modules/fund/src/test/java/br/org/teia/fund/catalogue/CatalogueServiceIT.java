package br.org.teia.fund.catalogue;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = TeiaTestApplication.class)
class CatalogueServiceIT {

  static final TenantId BETIM = TenantId.of("3106705");

  @Autowired CatalogueService catalogue;
  @Autowired TenantOnboarding onboarding;

  @Test
  void the_blocks_of_portaria_113_2015_the_piso_mineiro_and_own_resources_are_in_force_from_2016_only() {
    onboarding.onboard(List.of(BETIM.ibgeCode()));

    List<FinancingBlock> blocks = as(BETIM, Role.COUNCIL_MEMBER, () -> catalogue.blocks(2026));
    assertThat(blocks).extracting(FinancingBlock::code)
        .containsExactly("PSB", "PSE", "GSUAS", "GPBF", "PMF", "PMV", "PROPRIO");
    assertThat(blocks).filteredOn(b -> b.sphere() == Sphere.FEDERAL)
        .allSatisfy(b -> assertThat(b.legalBasis()).isEqualTo("Portaria MDS nº 113/2015"));
    assertThat(as(BETIM, Role.COUNCIL_MEMBER, () -> catalogue.blocks(2015))).isEmpty();
    assertThat(as(BETIM, Role.COUNCIL_MEMBER, () -> catalogue.block("PSB", 2016))).isPresent();
    assertThat(as(BETIM, Role.COUNCIL_MEMBER, () -> catalogue.sources(2026))).extracting(FundingSource::code)
        .contains("FNAS", "FEAS", "TESOURO", "RENDIMENTOS");
  }

  @Test
  void a_block_is_in_force_from_its_first_year_to_its_last() {
    FinancingBlock closed = new FinancingBlock("X", 2016, 2020, "X", Sphere.FEDERAL, "ato");

    assertThat(closed.inForce(2015)).isFalse();
    assertThat(closed.inForce(2016)).isTrue();
    assertThat(closed.inForce(2020)).isTrue();
    assertThat(closed.inForce(2021)).isFalse();
    assertThat(new FinancingBlock("Y", 2016, null, "Y", Sphere.STATE, "ato").inForce(2099)).isTrue();
  }
}
