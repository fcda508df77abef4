package br.org.teia.kernel.indicators;

/**
 * What a module's service calls after a write that may move one of its figures. Inside a
 * transaction, the module's {@link IndicatorSource} is computed once just before commit (however
 * many times this is called) and its figures are written to the platform rollup in that same
 * transaction; outside a transaction, at once.
 */
public interface Indicators {

  void changed(String module);
}
