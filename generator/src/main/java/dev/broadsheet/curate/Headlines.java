package dev.broadsheet.curate;

import dev.broadsheet.base.Slugs;
import dev.broadsheet.store.Article;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines as stories, not as brands or labels. Many feeds end every headline with their name
 * ("… - The Daily Times", "… | Reuters"), wires put a label in front ("UPDATE 2-", "VIDEO:") and
 * a tag or a revision counter at the end ("[PHOTOS]", "(2)"). None of that says which event a
 * headline reports, and two stories must not look alike because of it.
 */
final class Headlines {
  private static final Pattern SUFFIX = Pattern.compile("^(.{12,}?)\\s+[-–—|:]\\s+([^-–—|:]{2,60})$");
  private static final Pattern PREFIX = Pattern.compile("^([^-–—|:]{2,60}?)\\s*[-–—|:]\\s+(.{12,})$");
  /** An all-capitals label before a hyphen or colon: "UPDATE 2-", "GLOBAL MARKETS-", "VIDEO:". */
  private static final Pattern LABEL = Pattern.compile("^[\\p{Lu}&.]{2,}(?:\\s[\\p{Lu}\\d&.]+){0,3}\\s?[-:]\\s*(.+)$");
  /** A bracketed tag of one or two words at either end: "(VIDEO)", "[Photos]", "(2)". */
  private static final Pattern TAG_END = Pattern.compile("^(.+?)\\s*[(\\[]\\s*[^()\\[\\]\\s]+(?:\\s[^()\\[\\]\\s]+)?\\s*[)\\]]\\s*$");
  private static final Pattern TAG_START = Pattern.compile("^\\s*[(\\[]\\s*[^()\\[\\]\\s]+(?:\\s[^()\\[\\]\\s]+)?\\s*[)\\]]\\s*(.+)$");
  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\s*$");
  private static final Pattern LEADING_THE = Pattern.compile("^the");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Headlines() {}

  /** For each source (or publisher), the trailing segments that at least three of its headlines share. */
  static Map<String, Set<String>> brandingSuffixes(Collection<Article> articles) {
    // Every stored headline on every build: matched side by side, and only those with a separator
    // between spaces (most have none) against the pattern; counted in any order.
    List<String[]> found = articles.parallelStream().map(a -> {
      String title = a.title() == null ? "" : a.title().strip();
      Matcher m = hasSeparator(title) ? SUFFIX.matcher(title) : null;
      return m != null && m.matches() ? new String[] {owner(a), m.group(2).strip()} : null;
    }).filter(java.util.Objects::nonNull).toList();
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (String[] suffix : found) {
      counts.computeIfAbsent(suffix[0], k -> new HashMap<>()).merge(suffix[1], 1, Integer::sum);
    }
    Map<String, Set<String>> branding = new HashMap<>();
    counts.forEach((owner, suffixes) -> suffixes.forEach((suffix, count) -> {
      if (count >= 3) {
        branding.computeIfAbsent(owner, k -> new HashSet<>()).add(suffix);
      }
    }));
    return branding;
  }

  /** Whether {@link #SUFFIX} can match: a separator with white space (as {@code \\s} has it) on both sides. */
  private static boolean hasSeparator(String title) {
    for (int i = 1; i + 1 < title.length(); i++) {
      char c = title.charAt(i);
      if ((c == '-' || c == '\u2013' || c == '\u2014' || c == '|' || c == ':') && isSpace(title.charAt(i - 1))
          && isSpace(title.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The branding suffix {@link #withoutBranding} takes off the article's headline, or "". */
  static String brandingOf(Article a, Map<String, Set<String>> branding) {
    Set<String> suffixes = branding.get(owner(a));
    String title = a.title() == null ? "" : a.title().strip();
    if (suffixes == null || !hasSeparator(title)) {
      return "";
    }
    Matcher m = SUFFIX.matcher(title);
    return m.matches() && suffixes.contains(m.group(2).strip()) ? m.group(2).strip() : "";
  }

  /** The headline without its source's branding suffix. */
  static String withoutBranding(Article a, Map<String, Set<String>> branding) {
    String title = a.title() == null ? "" : a.title().strip();
    Set<String> suffixes = branding.get(owner(a));
    if (suffixes == null) {
      return title;
    }
    Matcher m = SUFFIX.matcher(title);
    return m.matches() && suffixes.contains(m.group(2).strip()) ? m.group(1) : title;
  }

  /**
   * The words of the headline that tell the story: without branding (a shared suffix, or a segment
   * that names the publisher or the source), wire labels, bracketed tags and a trailing ellipsis.
   */
  static String storyText(Article a, Map<String, Set<String>> branding) {
    if (Article.UNTITLED.equals(a.title())) {
      // The placeholder of an item without a title: every such item shares it, and read as a word
      // it made sixteen unrelated untitled items one story.
      return "";
    }
    String title = ELLIPSIS.matcher(withoutBranding(a, branding)).replaceAll("");
    for (int pass = 0; pass < 3; pass++) {
      String before = title;
      title = strip(title, SUFFIX, 1, 2, a.publisher(), a.via());
      title = strip(title, PREFIX, 2, 1, a.publisher(), a.via());
      title = unwrap(title, TAG_END);
      title = unwrap(title, TAG_START);
      Matcher label = LABEL.matcher(title);
      // A headline in capitals throughout has no label to tell apart.
      if (label.matches() && words(label.group(1)) >= 3 && !label.group(1).equals(label.group(1).toUpperCase(Locale.ROOT))) {
        title = label.group(1);
      }
      if (title.equals(before)) {
        break;
      }
    }
    return title.strip();
  }

  /** Drops a leading or trailing segment that is the publisher's or the syndicator's own name. */
  private static String strip(String title, Pattern pattern, int keep, int brand, String publisher, String via) {
    Matcher m = pattern.matcher(title);
    if (m.matches() && (names(m.group(brand), publisher) || names(m.group(brand), via))) {
      return m.group(keep);
    }
    return title;
  }

  private static String unwrap(String title, Pattern pattern) {
    Matcher m = pattern.matcher(title);
    return m.matches() && words(m.group(1)) >= 3 ? m.group(1) : title;
  }

  /** Whether a headline segment is a name, compared without case, spaces and punctuation. */
  private static boolean names(String segment, String name) {
    if (name == null) {
      return false;
    }
    String s = letters(segment);
    String n = letters(name);
    return s.length() >= 3 && n.length() >= 3 && (s.equals(n) || n.startsWith(s) || s.startsWith(n));
  }

  private static String letters(String text) {
    return NOT_LETTER.matcher(LEADING_THE.matcher(Slugs.fold(text)).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : SPACES.split(text.strip()).length;
  }

  static String owner(Article a) {
    return a.sourceId() != null ? "source:" + a.sourceId() : "publisher:" + a.publisher();
  }
}
