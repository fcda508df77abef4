/**
 * Aggregate-only figures that tenant modules publish for the association's comparisons.
 *
 * <p>A module declares an {@link IndicatorSource} bean that computes its figures for the
 * municipality in scope from its own tables (counts, rates, flags — never a name, a CPF or any
 * row about a person). After a write that moves a figure, the module's service calls
 * {@link Indicators#changed(String)}: the module's figures are then recomputed <b>in the same
 * transaction</b>, just before it commits, and written to the platform rollup. A full rebuild from
 * every tenant exists for recovery and for new indicators.
 */
package br.org.teia.kernel.indicators;
