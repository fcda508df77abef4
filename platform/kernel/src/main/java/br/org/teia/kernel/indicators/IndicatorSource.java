package br.org.teia.kernel.indicators;

import java.util.List;

/**
 * A module's aggregate-only figures of the municipality in scope. A Spring bean per module.
 * {@link #compute()} runs inside the tenant's scope and transaction (the caller's, or the
 * rebuild's) and reads only the module's own tables. It must return one figure for every
 * definition, zero included, so that a figure that drops to zero is written as zero.
 */
public interface IndicatorSource {

  /** The module's name, the first segment of every code it publishes. */
  String module();

  List<IndicatorDefinition> definitions();

  List<IndicatorFigure> compute();

  /** Indicators of this module that share counts (ADR 0018): comparisons protect them together. */
  default List<IndicatorRelation> relations() {
    return List.of();
  }
}
