package br.org.teia.kernel.indicators;

/**
 * What a module's service calls after a write that may move one of its figures. Inside a
 * transaction, the module's {@link IndicatorSource} is computed once just before commit (however
 * many times this is called) and its figures are written to the platform rollup in that same
 * transaction; outside a transaction, at once.
 */
public interface Indicators {

  void changed(String module);

  /**
   * The same for a {@link PlatformIndicatorSource}: its figures of {@code tenant} moved, whatever
   * tenant scope (or none) the caller runs in; written before the caller's transaction commits.
   */
  void changed(String module, br.org.teia.kernel.tenancy.TenantId tenant);
}
