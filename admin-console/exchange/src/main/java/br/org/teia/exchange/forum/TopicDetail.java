package br.org.teia.exchange.forum;

import java.util.List;

/** A topic with its posts, oldest first, and whether the reader follows it. */
public record TopicDetail(TopicSummary topic, List<PostView> posts, boolean following) {}
