package dev.broadsheet.curate;

import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.store.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each stored article's headline and lead as analysed terms, and how complete its text is, kept
 * between builds: analysing every article's text is most of curation's work, counting the words
 * of full texts much of the rest, and nearly all of them are the same as last build.
 * An article is found by the store's digest of its text ({@code asStored}) together with the
 * branding its headline is read without, so an edited article, or a source whose branding
 * changed, is analysed anew; an article the store does not vouch for is always analysed. The
 * file is safe to delete, ignored under any other stamp (Broadsheet's code, Lucene, the site's
 * language) and keeps what recent curations used ({@link AnalysesFile}).
 */
public final class ArticleAnalyses {
  private static final String FORMAT = "broadsheet-analyses 5";

  private final Path file;
  private final String header;
  private final Function<Article, byte[]> asStored;
  /** How many segments the file had, and whether it was read to its end: whether a segment may be appended. */
  private final int segments;
  private final boolean intact;
  private Map<String, Analysed> previous;
  private final Map<String, Analysed> used = new ConcurrentHashMap<>();
  /** The articles whose analyses are kept though not used ({@link #retain}), or null: only those used are kept. */
  private java.util.Collection<Article> retained;
  private Map<String, Set<String>> retainedBranding;

  /**
   * What curation reads of one article.
   *
   * @param completeness the words of text it has, in buckets ({@link StoryClusterer#completeness})
   */
  record Analysed(ArticleVectors.Text text, int completeness) {}

  private ArticleAnalyses(Path file, String header, Function<Article, byte[]> asStored) {
    this.file = file;
    this.header = header;
    this.asStored = asStored;
    AnalysesFile.Contents read = file == null ? AnalysesFile.Contents.NONE : AnalysesFile.read(file, header);
    this.segments = read.segments();
    this.intact = read.intact();
    this.previous = read.entries();
  }

  /** Nothing kept: every article is analysed. */
  public static ArticleAnalyses none() {
    return new ArticleAnalyses(null, null, a -> null);
  }

  /**
   * Nothing kept: every article is analysed; what the store has of each article's text is known
   * by {@code asStored}, which tells the stories a build settled from those it did not.
   */
  public static ArticleAnalyses unkept(Function<Article, byte[]> asStored) {
    return new ArticleAnalyses(null, null, asStored);
  }

  /**
   * Analyses kept in {@code file} under {@code codeStamp} and {@code settings} (the site's language
   * and whatever else decides what is analysed), for articles {@code asStored} knows.
   */
  public static ArticleAnalyses open(Path file, String codeStamp, String settings, Function<Article, byte[]> asStored) {
    return new ArticleAnalyses(file, FORMAT + " " + codeStamp + " lucene " + org.apache.lucene.util.Version.LATEST
        + " " + settings, asStored);
  }

  /** The store's digest of the article's text, or null when the store does not vouch for it (see {@link #open}). */
  byte[] stored(Article a) {
    return asStored.apply(a);
  }

  /**
   * Keeps the analyses of {@code articles} for the next build although this one did not read
   * them all: a build models only the articles near what changed, and the others' are needed again
   * when the settings change or a debug build explains every story.
   */
  void retain(java.util.Collection<Article> articles, Map<String, Set<String>> branding) {
    this.retained = articles;
    this.retainedBranding = branding;
  }

  /** What curation reads of {@code a}: as kept, when its key is known, else made by {@code analyse}. */
  Analysed of(Article a, Set<String> branding, Function<Article, Analysed> analyse) {
    byte[] stored = asStored.apply(a);
    if (stored == null) {
      return analyse.apply(a);
    }
    String hex = key(stored, branding);
    Analysed known = previous.get(hex);
    if (known == null) {
      known = analyse.apply(a);
    }
    used.put(hex, known);
    return known;
  }

  /** An article's key: the store's digest of its text and its source's branding suffixes. */
  private static String key(byte[] stored, Set<String> branding) {
    MessageDigest key = ChangeDigests.start();
    key.update(stored);
    // The branding suffixes of its source, sorted: the headline is read without them.
    for (String suffix : branding == null ? Set.<String>of() : new TreeSet<>(branding)) {
      key.update(suffix.getBytes(StandardCharsets.UTF_8));
      key.update((byte) 0);
    }
    return HexFormat.of().formatHex(key.digest());
  }

  /**
   * Keeps the analyses this build made for the next one ({@link AnalysesFile}), then lets go of
   * them: a large site's analyses are hundreds of megabytes that rendering needs the room for.
   * One that cannot be written is only a slower next build.
   */
  public void save() {
    try {
      write();
    } finally {
      used.clear();
      previous = Map.of();
      retained = null;
    }
  }

  private void write() {
    if (file == null || retained == null && used.keySet().equals(previous.keySet())) {
      return;
    }
    Map<String, Analysed> added = new HashMap<>(used);
    added.keySet().removeAll(previous.keySet());
    if (retained != null) {
      writeRetained(added);
      return;
    }
    long stale = previous.keySet().stream().filter(k -> !used.containsKey(k)).count();
    try {
      // A few new articles go at the end; a file mostly about articles gone is written anew.
      if (intact && segments < AnalysesFile.MAX_SEGMENTS && stale * 4 <= used.size()) {
        if (!added.isEmpty()) {
          AnalysesFile.append(file, header, added);
        }
      } else {
        AnalysesFile.replace(file, header, used);
      }
    } catch (IOException | RuntimeException e) {
      // Not kept: the next build analyses the articles it does not find.
    }
  }

  /**
   * Appends what this build analysed anew, the analyses it did not read staying as they are; the
   * file is written anew, with the stored articles' analyses only, once it holds twice as many.
   */
  private void writeRetained(Map<String, Analysed> added) {
    try {
      if (intact && segments < AnalysesFile.MAX_SEGMENTS && previous.size() + added.size() <= 2 * retained.size() + 64) {
        if (!added.isEmpty()) {
          AnalysesFile.append(file, header, added);
        }
        return;
      }
      Map<String, Analysed> kept = new ConcurrentHashMap<>(used);
      retained.parallelStream().forEach(a -> {
        byte[] digest = asStored.apply(a);
        if (digest != null) {
          String hex = key(digest, retainedBranding.get(Headlines.owner(a)));
          Analysed known = previous.get(hex);
          if (known != null) {
            kept.putIfAbsent(hex, known);
          }
        }
      });
      AnalysesFile.replace(file, header, kept);
    } catch (IOException | RuntimeException e) {
      // Not kept: the next build analyses the articles it does not find.
    }
  }
}
