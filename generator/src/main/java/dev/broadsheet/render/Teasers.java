package dev.broadsheet.render;

import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.base.SameInstance;
import dev.broadsheet.store.Article;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Summaries as plain-text teasers, cut at a word boundary. An article's teaser shows on its
 * story's, section's, source's and edition's pages: each summary's opening is read once through
 * the build's {@link LeadingTexts}, and each teaser made once per build.
 */
final class Teasers {
  // Compiled once: every teaser and every search entry is cut on every build.
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–—\u3001\uFF0C\uFF1B]+$");

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
    return TRAILING_PUNCTUATION.matcher(text.substring(0, end)).replaceAll("") + "…";
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
