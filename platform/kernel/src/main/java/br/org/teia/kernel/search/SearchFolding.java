package br.org.teia.kernel.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Matching text as a Brazilian reader expects, accents and case aside ("creas" finds "CREAS",
 * "acolhimento" finds "Acolhimento", "sao joao" finds "São João"). The same folding on both sides:
 * {@link #fold} in Java for the typed text, and in a JPQL query the column between
 * {@link #FOLDED_OPEN} and {@link #FOLDED_CLOSE} ({@code lower(translate(column, 'ÁÀ…', 'aa…'))}).
 * PostgreSQL's {@code unaccent} would need an extension created by the database owner in every
 * database (the embedded one included), for the letters Portuguese uses {@code translate} is enough.
 */
public final class SearchFolding {

  /** The query parameter a list reads its filter from ({@code estrutura/unidades?busca=creas}). */
  public static final String PARAMETER = "busca";

  /** The accented letters of Portuguese (and a few neighbours), upper and lower case… */
  static final String ACCENTED = "ÁÀÂÃÄÉÈÊËÍÌÎÏÓÒÔÕÖÚÙÛÜÇÑáàâãäéèêëíìîïóòôõöúùûüçñ";
  /** …and the same letters without their accent. */
  static final String PLAIN = "AAAAAEEEEIIIIOOOOOUUUUCNaaaaaeeeeiiiiooooouuuucn";

  /** JPQL before a column to fold: {@code FOLDED_OPEN + "u.name" + FOLDED_CLOSE + " LIKE :pattern"}. */
  public static final String FOLDED_OPEN = "lower(function('translate', ";
  /** JPQL after a column to fold. */
  public static final String FOLDED_CLOSE = ", '" + ACCENTED + "', '" + PLAIN + "'))";

  /** Native SQL before a column to fold (the same folding, for queries written in SQL). */
  public static final String SQL_FOLDED_OPEN = "lower(translate(";
  /** Native SQL after a column to fold. */
  public static final String SQL_FOLDED_CLOSE = FOLDED_CLOSE;

  private SearchFolding() {
  }

  /** {@code text} in lower case without accents, as {@link #FOLDED_OPEN} folds a column. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  /** The route of a list filtered by {@code text}: {@code route?busca=<text>}, which the list reads on entering. */
  public static String filtered(String route, String text) {
    return route + "?" + PARAMETER + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The LIKE pattern "contains {@code text}", folded; LIKE's own wildcards typed by a person are
   * taken out rather than escaped (nobody looks for a unit by "%").
   */
  public static String pattern(String text) {
    return "%" + fold(text).replaceAll("[%_\\\\]", "").strip() + "%";
  }
}
