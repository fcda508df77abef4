/**
 * Comparison of member municipalities through the indicator rollup: every indicator is protected
 * once ({@code Disclosure.protect}) over every group any screen, export or API can show, so that
 * every place shows the same suppression (ADR 0009). Association views and API, the open-data
 * API, and the municipality's own home panel all read {@link ProtectedIndicator}s.
 */
package br.org.teia.console.comparison;
