package br.org.teia.exchange.forum;

/** Where a post stands: shown, hidden by reports until staff review it, or removed by staff. */
public enum PostStatus {
  VISIBLE, HIDDEN, REMOVED;

  public String labelKey() {
    return "exchange.forum.post.status." + name();
  }
}
