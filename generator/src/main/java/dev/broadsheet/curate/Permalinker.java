package dev.broadsheet.curate;

import dev.broadsheet.config.Permalinks;
import java.time.LocalDate;
import java.util.Locale;

/** Site paths of pages, from the configured patterns. A path ending in '/' is a folder page. */
public final class Permalinker {
  private final Permalinks patterns;

  public Permalinker(Permalinks patterns) {
    this.patterns = patterns;
  }

  public String article(String slug) {
    return patterns.article().replace("{slug}", slug);
  }

  public String section(String slug) {
    return patterns.section().replace("{slug}", slug);
  }

  public String source(String slug) {
    return patterns.source().replace("{slug}", slug);
  }

  public String page(String slug) {
    return patterns.page().replace("{slug}", slug);
  }

  /** The page that lists every article with one tag. */
  public String tag(String slug) {
    return "tags/" + slug + "/";
  }

  /** The page that lists every report of one story. */
  public String story(String id) {
    return "stories/" + id + "/";
  }

  public String edition(LocalDate date) {
    // Locale.ROOT: the default locale may write other digits (editions/٢٠٢٦/ under Arabic).
    return patterns.edition()
        .replace("{yyyy}", String.format(Locale.ROOT, "%04d", date.getYear()))
        .replace("{MM}", String.format(Locale.ROOT, "%02d", date.getMonthValue()))
        .replace("{dd}", String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
  }

  /** Page {@code n} (from 1) of a paginated listing at {@code path}. */
  public static String paged(String path, int n) {
    if (n <= 1) {
      return path;
    }
    String folder = path.endsWith("/") ? path : path.substring(0, path.lastIndexOf('/') + 1);
    return folder + "page/" + n + "/";
  }
}
