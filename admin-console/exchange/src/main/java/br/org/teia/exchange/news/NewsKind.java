package br.org.teia.exchange.news;

/** A news item (notícia) or a notice (comunicado). */
public enum NewsKind {
  NEWS, NOTICE;

  public String labelKey() {
    return "exchange.news.kind." + name();
  }
}
