package br.org.teia.fund.reports;

import java.util.List;

/**
 * The fund's execution report of a period per block: the quarterly synthetic one (a line per block)
 * or the annual analytic one (each block followed by its expense natures), with the total of the block
 * lines. {@code quarter} is null for the annual report.
 */
public record ExecutionReport(int year, Integer quarter, String fundName, List<ReportLine> lines, ReportLine total) {

  public boolean annual() {
    return quarter == null;
  }
}
