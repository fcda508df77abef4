package br.org.teia.training.coverage;

import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorFigure;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.kernel.indicators.PlatformIndicatorSource;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training coverage in the association's comparison, through the same rollup (ADR 0007) and the
 * same protection (ADR 0018) as every indicator: whether at least one of the municipality's
 * gestores (a person holding the municipal manager's role there) holds a valid certificate earned
 * on its behalf, and how many of its people hold one. The first is a share of municipalities (one
 * out of one, or none), not a flag: a flag is shown as recorded, and "this town's gestor was
 * trained" is about one known person; as a share, a single town is under k and a region or size
 * class shows its protected share of municipalities with a trained gestor. Revoked certificates do not count; a reissued one does.
 * Written in the transaction that issues or revokes; a change of who is gestor moves the flag at
 * the nightly rebuild.
 */
@Component
public class TrainingCoverage implements PlatformIndicatorSource {

  public static final String MODULE = "training";
  public static final String GESTOR_TRAINED = "training.gestor_trained";
  public static final String PEOPLE_TRAINED = "training.people_trained";

  private final JdbcClient jdbc;
  private final Indicators indicators;
  private final TenantCatalog catalog;

  TrainingCoverage(JdbcClient jdbc, Indicators indicators, TenantCatalog catalog) {
    this.jdbc = jdbc;
    this.indicators = indicators;
    this.catalog = catalog;
  }

  @Override
  public String module() {
    return MODULE;
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    return List.of(IndicatorDefinition.rate(GESTOR_TRAINED), IndicatorDefinition.count(PEOPLE_TRAINED));
  }

  @Override
  public List<IndicatorFigure> compute(TenantId tenant) {
    long people = jdbc.sql("""
            SELECT count(DISTINCT e.participant_id) FROM platform.training_certificate c
            JOIN platform.training_enrolment e ON e.id = c.enrolment_id
            WHERE e.ibge_code = ? AND c.revoked_at IS NULL""")
        .param(tenant.ibgeCode()).query(Long.class).single();
    boolean gestor = jdbc.sql("""
            SELECT EXISTS (SELECT 1 FROM platform.training_certificate c
              JOIN platform.training_enrolment e ON e.id = c.enrolment_id
              JOIN platform.training_participant p ON p.id = e.participant_id
              JOIN platform.membership m ON m.account_id = p.account_id AND m.ibge_code = e.ibge_code AND m.role = ?
              WHERE e.ibge_code = ? AND c.revoked_at IS NULL)""")
        .params(Role.MUNICIPAL_MANAGER.name(), tenant.ibgeCode()).query(Boolean.class).single();
    return List.of(IndicatorFigure.rate(GESTOR_TRAINED, gestor ? 1 : 0, 1), IndicatorFigure.count(PEOPLE_TRAINED, people));
  }

  /**
   * A certificate of {@code ibgeCode} was issued or revoked in the caller's transaction: its figures
   * are written before it commits. A municipality not onboarded has no figures (nothing to compare).
   */
  public void changed(String ibgeCode) {
    TenantId tenant = TenantId.of(ibgeCode);
    if (catalog.find(tenant).isPresent()) {
      indicators.changed(MODULE, tenant);
    }
  }
}
