package br.org.teia.exchange.forum;

import java.util.UUID;

/** What a topic search asks: a category (null: all) and words (null or blank: any). */
public record TopicFilter(UUID categoryId, String text) {

  public static final TopicFilter ALL = new TopicFilter(null, null);

  public TopicFilter {
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
