package br.org.teia.kernel.indicators;

import br.org.teia.kernel.tenancy.TenantId;
import java.util.Set;

/** Published after commit when some of a municipality's figures moved (or after a rebuild, with a null tenant). */
public record IndicatorsRolledUp(TenantId tenant, Set<String> codes) {}
