package dev.broadsheet.render;

import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.base.SameInstance;
import dev.broadsheet.store.Article;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Summaries as plain-text teasers, cut at a word boundary. An article's teaser shows on its
 * story's, section's, source's and edition's pages: each summary's opening is read once through
 * the build's {@link LeadingTexts}, and each teaser made once per build.
 */
final class Teasers {
  // Compiled once: every teaser and every search entry is cut on every build.
  /** What a teaser does not end in: white space as {@code \s} matches it, and punctuation that leaves a sentence open. */
  private static final String TRAILING = " \t\n\u000B\f\r,;:.-–—\u3001\uFF0C\uFF1B";

  private final int length;
  private final LeadingTexts leads;
  private final Function<Article, byte[]> asStored;
  private final Map<SameInstance<String>, String> teasers = new ConcurrentHashMap<>();
  private final Map<SameInstance<String>, String> shortTeasers = new ConcurrentHashMap<>();

  /**
   * Teasers of {@code length} characters, read through {@code leads}; {@code asStored} gives the
   * store's digest of an article as read (or null), under which its summary's opening is kept.
   */
  Teasers(int length, LeadingTexts leads, Function<Article, byte[]> asStored) {
    this.length = length;
    this.leads = leads;
    this.asStored = asStored;
  }

  /** The summary as plain text, cut to the configured teaser length. */
  String teaser(Article a) {
    return teaserOf(a, teasers, length);
  }

  /** The summary cut shorter, for dense lists. */
  String shortTeaser(Article a) {
    return teaserOf(a, shortTeasers, Math.min(160, length));
  }

  private String teaserOf(Article a, Map<SameInstance<String>, String> known, int max) {
    String html = a.summaryHtml();
    if (html == null) {
      return cut(opening(a, length + 1), max);
    }
    SameInstance<String> summary = new SameInstance<>(html);
    String teaser = known.get(summary);
    if (teaser == null) {
      // As much of the summary as a teaser shows, or more: the same opening for both lengths.
      teaser = cut(opening(a, length + 1), max);
      known.put(summary, teaser);
    }
    return teaser;
  }

  /** At least the first {@code chars} characters of the summary as plain text (all of it when shorter). */
  String opening(Article a, int chars) {
    return leads.of(a.summaryHtml(), chars, asStored.apply(a));
  }

  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = text.lastIndexOf(' ', max - 1);
    if (end < max / 2) {
      // Text without spaces (Chinese, Japanese) ends at its last sentence or clause, else anywhere.
      int clause = lastClauseEnd(text, max - 1);
      end = clause >= max / 2 ? clause : dev.broadsheet.base.TextCuts.boundary(text, max - 1);
    }
    return withoutTrailingPunctuation(text.substring(0, end)) + "…";
  }

  /**
   * {@code text} without the spaces and punctuation it ends in, as {@code [\s,;:.\-–—、，；]+$}
   * would remove them, scanned from the end: the pattern was tried at every position of every teaser.
   */
  static String withoutTrailingPunctuation(String text) {
    int end = text.length();
    // $ also matches before a line terminator that ends the text; \n and \r are trailing space anyway.
    if (end > 0 && (text.charAt(end - 1) == '\u0085' || text.charAt(end - 1) == '\u2028' || text.charAt(end - 1) == '\u2029')) {
      end--;
    }
    int start = end;
    while (start > 0 && TRAILING.indexOf(text.charAt(start - 1)) >= 0) {
      start--;
    }
    return start == end ? text : text.substring(0, start) + text.substring(end);
  }

  /** Where the last sentence or clause of CJK text before {@code end} ends (after its 。！？；，、), or -1. */
  private static int lastClauseEnd(String text, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if ("\u3002\uFF01\uFF1F\uFF1B\uFF0C\u3001".indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return -1;
  }
}
