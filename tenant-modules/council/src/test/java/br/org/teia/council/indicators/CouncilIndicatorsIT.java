package br.org.teia.council.indicators;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.council.CouncilFixtures.cmas12;
import static br.org.teia.council.CouncilFixtures.cpf;
import static br.org.teia.council.CouncilFixtures.mandate;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(classes = TeiaTestApplication.class)
@CouncilContext
class CouncilIndicatorsIT {

  static final TenantId BRUMADINHO = TenantId.of("3109006");

  @Autowired TenantOnboarding onboarding;
  @Autowired CompositionService composition;
  @Autowired JdbcClient jdbc;

  @Test
  void a_new_cmas_is_counted_with_every_seat_vacant_and_a_mandate_fills_one() {
    onboarding.onboard(List.of(BRUMADINHO.ibgeCode()));
    jdbc.sql("TRUNCATE " + BRUMADINHO.schemaName() + ".council CASCADE").update();

    CouncilSummary cmas = as(BRUMADINHO, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12("CMAS")));

    assertThat(figure("council.councils")).isEqualTo(1);
    assertThat(figure("council.cmas.vacant_seats")).isEqualTo(24); // 12 members + 12 alternates
    assertThat(figure("council.cmas.meetings_held_12m")).isZero();

    SegmentSummary government = cmas.segments().getFirst();
    as(BRUMADINHO, Role.COUNCIL_SECRETARY, () -> composition.addMandate(cmas.id(),
        mandate(government.id(), 1, MandateRole.MEMBER, "Titular Teste", cpf(), LocalDate.now().minusMonths(1))));

    assertThat(figure("council.cmas.vacant_seats")).isEqualTo(23);
  }

  private long figure(String code) {
    return jdbc.sql("SELECT value FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(BRUMADINHO.ibgeCode(), code).query(BigDecimal.class).optional()
        .map(BigDecimal::longValueExact).orElse(-1L);
  }
}
