package br.org.teia.kernel.indicators;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.util.List;

/**
 * A source whose figures about a municipality come from the platform schema (an association
 * module's data, e.g. training: certificates issued on behalf of each municipality). Its writes
 * happen outside that municipality's scope (the association's staff act for every municipality),
 * so it is computed for a named municipality: {@link Indicators#changed(String, TenantId)} in the
 * writing transaction, and the rebuild as for any source. Aggregates only, like every source.
 */
public interface PlatformIndicatorSource extends IndicatorSource {

  List<IndicatorFigure> compute(TenantId tenant);

  @Override
  default List<IndicatorFigure> compute() {
    return compute(TenantScope.require());
  }
}
