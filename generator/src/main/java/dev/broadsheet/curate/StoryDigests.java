package dev.broadsheet.curate;

import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A story's digest: its articles' ids and texts, their sources' branding (a headline is read
 * without it) and their picks' dates. A story whose digest is as recorded has the articles, the
 * texts and the placing it had when its record was made.
 */
final class StoryDigests {
  private final Function<Article, byte[]> asStored;

  /** Digests that know an article's text by the store's digest of it, when {@code asStored} has one. */
  StoryDigests(Function<Article, byte[]> asStored) {
    this.asStored = asStored;
  }

  /** Each story's digest, by story id. */
  Map<String, String> of(Map<String, List<Article>> members, Map<String, Pick> picks,
      Map<String, Set<String>> branding) {
    Map<String, String> digests = new ConcurrentHashMap<>();
    members.entrySet().parallelStream().forEach(e -> digests.put(e.getKey(), of(e.getValue(), picks, branding)));
    return digests;
  }

  /**
   * The digest of one story's articles; for a story with picks, followed by "-" and the digest of
   * the picks' own titles ({@link #ofPickTitles}), which alone decide whether its grouping is worked
   * out again.
   */
  String of(List<Article> group, Map<String, Pick> picks, Map<String, Set<String>> branding) {
    List<Article> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparing(Article::id));
    MessageDigest digest = ChangeDigests.start();
    for (Article a : sorted) {
      digest.update(a.id().getBytes(StandardCharsets.UTF_8));
      byte[] stored = asStored.apply(a);
      // An article the store does not vouch for (a pick's, as the pick shows it) by all it holds.
      digest.update(stored != null ? stored : ChangeDigests.start().digest(a.toString().getBytes(StandardCharsets.UTF_8)));
      Pick pick = picks.get(a.id());
      // What its source's branding takes off its own headline: a suffix another of the source's
      // headlines gains or loses changes no other headline.
      digest.update(("\u0000" + (pick == null ? "" : "pick " + pick.date()) + "\u0000"
          + Headlines.brandingOf(a, branding) + "\u0000").getBytes(StandardCharsets.UTF_8));
    }
    String whole = HexFormat.of().formatHex(digest.digest(), 0, 8);
    MessageDigest titles = null;
    for (Article a : sorted) {
      Pick pick = picks.get(a.id());
      if (pick != null) {
        titles = titles == null ? ChangeDigests.start() : titles;
        titles.update((a.id() + "\u0000" + (pick.title() == null ? "" : pick.title()) + "\u0000")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    return titles == null ? whole : whole + "-" + HexFormat.of().formatHex(titles.digest(), 0, 8);
  }

  /** The part of a story's digest ({@link #of}) that stands for its picks' titles; "" for a story without picks or null. */
  static String ofPickTitles(String digest) {
    int dash = digest == null ? -1 : digest.indexOf('-');
    return dash < 0 ? "" : digest.substring(dash + 1);
  }
}
