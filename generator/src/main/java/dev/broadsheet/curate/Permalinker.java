package dev.broadsheet.curate;

import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.base.Slugs;
import dev.broadsheet.config.Permalinks;
import java.nio.charset.StandardCharsets;
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

  /**
   * The slug of a tag's page: its words in ASCII ("Port Alder" and "port-alder" share one; Россия
   * is {@code rossiya}); a tag with no letter or digit left (日本) is named by a short digest of its
   * lower-case spelling instead, so that such tags do not share a page.
   */
  public static String tagSlug(String tag) {
    return slugOrDigest(tag, 60, "tag-");
  }

  /**
   * {@link Slugs#ofOrNull}, or for a name with no letter or digit that slugs keep (日本, 国际), {@code
   * prefix} and a short digest of its lower-case spelling; a name that lost some of its letters
   * (国际 2026) has the digest after its slug: two names never share an address by what a slug drops.
   */
  public static String slugOrDigest(String name, int maxLength, String prefix) {
    if (name == null || name.isBlank()) {
      return Slugs.of(name, maxLength);
    }
    String slug = Slugs.ofOrNull(name, maxLength);
    if (slug != null && Slugs.keepsEveryLetter(name)) {
      return slug;
    }
    String digest = ChangeDigests.hex(name.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
        .substring(0, 10);
    return slug == null ? prefix + digest : slug + "-" + digest;
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
    return edition(patterns.edition(), date);
  }

  /** The address edition {@code pattern} (this config's or an earlier one) gives the edition of {@code date}. */
  public static String edition(String pattern, LocalDate date) {
    // Locale.ROOT: the default locale may write other digits (editions/٢٠٢٦/ under Arabic).
    return pattern
        .replace("{yyyy}", String.format(Locale.ROOT, "%04d", date.getYear()))
        .replace("{MM}", String.format(Locale.ROOT, "%02d", date.getMonthValue()))
        .replace("{dd}", String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
  }

  /** The numbered page {@code n} of the list at {@code path}, counted from its oldest stories (from 1): {@code page/n/} in its folder. */
  public static String numberedPage(String path, int n) {
    String folder = path.endsWith("/") ? path : path.substring(0, path.lastIndexOf('/') + 1);
    return folder + "page/" + n + "/";
  }
}
