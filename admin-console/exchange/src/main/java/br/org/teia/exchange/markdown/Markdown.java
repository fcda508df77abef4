package br.org.teia.exchange.markdown;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What staff write (Markdown, CommonMark) as the HTML shown to members: rendered by commonmark-java,
 * then passed through the OWASP Java HTML Sanitizer, which keeps text formatting, blocks, lists,
 * tables and http(s)/mailto links and drops everything else (scripts, event handlers such as
 * {@code onerror}, styles, images, {@code javascript:} links). Raw HTML typed in the Markdown is
 * left to the sanitiser too, so one policy decides what may be shown.
 */
public final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
  private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
      .and(Sanitizers.TABLES)
      .and(new HtmlPolicyBuilder().allowElements("pre", "hr").toFactory());

  private Markdown() {}

  /** The sanitised HTML of {@code markdown} (empty for null). */
  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return sanitise(RENDERER.render(PARSER.parse(markdown)));
  }

  /** {@code html} with only what the policy allows. */
  public static String sanitise(String html) {
    return POLICY.sanitize(html);
  }
}
