package br.org.teia.fund.controls;

/** How a block stands against one control: in order (green), to watch (amber), wrong (red). */
public enum ControlStatus {
  OK,
  ATTENTION,
  VIOLATION;

  public String labelKey() {
    return "fund.control.status." + name();
  }
}
