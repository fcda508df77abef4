package br.org.teia.kernel.search;

import java.util.Objects;

/**
 * One search result: what it is, a line saying more (type, unit, date; may be empty), and the route
 * that opens it (its detail page, or its list filtered to it), without leading slash.
 */
public record SearchHit(String label, String detail, String route) {

  public SearchHit {
    Objects.requireNonNull(label);
    detail = detail == null ? "" : detail;
    Objects.requireNonNull(route);
  }
}
