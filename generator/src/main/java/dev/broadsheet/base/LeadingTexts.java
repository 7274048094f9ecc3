package dev.broadsheet.base;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The opening plain text of summaries ({@link HtmlSanitizer#leadingText}), each parsed once per
 * build and, with a cache file, once for good. Teasers and the search index read the first
 * sentences of every stored article each build, nearly all of them the same as last time.
 *
 * <p>Every text is cut at {@code minChars} (what pages need); a caller that needs fewer
 * characters gets the same answer from it as from its own cut, since both are prefixes of the
 * summary's text that go past what it reads. A caller that needs more (curation, reading the
 * first words of an article it has not analysed before) gets its own reading: keeping that much
 * of every article made the file four times larger, to be read and written every build for the
 * few articles curation analyses. Texts are keyed by the store's digest of their article when
 * the caller has it, else by a digest of the HTML itself: either way an edited summary is parsed
 * anew. The file is safe to delete, ignored under any
 * other stamp (Broadsheet's code, the HTML library) and keeps what recent builds used ({@link StampedLines}).
 */
public final class LeadingTexts {
  private static final String HEADER = "broadsheet-leading-texts 1 ";

  private final int minChars;
  private final StampedLines kept;
  private final Map<String, String> previous;
  private final Map<String, String> used;
  /**
   * This build's texts by the summary itself: one summary is read by teasers, short teasers and
   * the search index, and a lookup of the same string object costs no digest of it.
   */
  private final Map<SameInstance<String>, String> byHtml;

  private LeadingTexts(int minChars, StampedLines kept) {
    this.minChars = minChars;
    this.kept = kept;
    this.previous = kept == null ? Map.of() : kept.read();
    // Sized for what the last build used: tables grown entry by entry rehash several times a build.
    this.used = new ConcurrentHashMap<>(Math.max(16, previous.size() * 2));
    this.byHtml = new ConcurrentHashMap<>(Math.max(16, previous.size() * 2));
  }

  /** Texts of at least {@code minChars} characters, kept for this process only. */
  public static LeadingTexts inMemory(int minChars) {
    return new LeadingTexts(minChars, null);
  }

  /** Texts of at least {@code minChars}, starting from those {@code file} kept under the same stamp. */
  public static LeadingTexts open(Path file, String stamp, int minChars) {
    return new LeadingTexts(minChars, new StampedLines(file, HEADER + minChars + " " + stamp));
  }

  /** How many characters of each opening are kept: what a reader of more than it needs may get. */
  public int minChars() {
    return minChars;
  }

  /** {@link HtmlSanitizer#leadingText}{@code (html, need)}, or a longer prefix of the same text. */
  public String of(String html, int need) {
    return of(html, need, null);
  }

  /**
   * As above, with {@code source} (may be null) a digest that determines {@code html} entirely and
   * stands for no other text a caller passes, such as the stored article a summary is part of: the
   * text is kept under it, and the HTML (tens of megabytes a build for a store of full texts) is
   * not digested.
   */
  public String of(String html, int need, byte[] source) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    if (need > minChars) {
      // More than is kept (curation's lead of an article it has not analysed before): read for
      // this caller alone, cut as a kept text is, so the answer is the same either way.
      String longer = cutAt(HtmlSanitizer.leadingText(html, need), need);
      // Its start, cut where a kept text is, is that text: the teaser of the same summary later
      // in this build is not parsed again. (Kept under the summary's digest once a page asks.)
      byHtml.putIfAbsent(new SameInstance<>(html), cutAt(longer, minChars));
      return longer;
    }
    // A source's key carries the text's length: it never looks like a digest of HTML.
    String sourceKey = source == null ? null : HexFormat.of().formatHex(source) + "-" + html.length();
    String known = byHtml.get(new SameInstance<>(html));
    if (known != null) {
      if (sourceKey != null) {
        // Read by its HTML earlier in this build (by a caller without the source): kept under its
        // source too, or the next build, which finds it only that way, would parse it again.
        used.putIfAbsent(sourceKey, known);
      }
      return known;
    }
    String key = sourceKey != null ? sourceKey : ChangeDigests.hex(html.getBytes(StandardCharsets.UTF_8));
    String text = used.get(key);
    if (text == null) {
      String stored = previous.get(key);
      text = stored != null ? StampedLines.unescape(stored) : null;
      if (text == null) {
        text = cutAt(HtmlSanitizer.leadingText(html, minChars), minChars);
      }
      used.put(key, text);
    }
    byHtml.put(new SameInstance<>(html), text);
    return text;
  }

  /**
   * The text cut at its first space from {@code chars} on: still a prefix of the summary's text
   * that ends before a space and reaches {@code chars}, and all a caller of that need reads of it.
   */
  private static String cutAt(String text, int chars) {
    int space = text.indexOf(' ', chars);
    return space < 0 ? text : text.substring(0, space);
  }

  /** Keeps the texts this build used for the next one. */
  public void save() {
    if (kept != null) {
      kept.write(used, StampedLines::escape);
    }
  }
}
