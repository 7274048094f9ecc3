package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's names say about it: the class, id, role and test names of navigation, share
 * bars, subscription prompts, related links, ads and comments, and of the article itself.
 *
 * <p>Names are read as words: {@code newsCaption}, {@code news-caption} and {@code news_caption}
 * are all "news caption", and a custom element's tag ({@code <promo-card>}) counts as a name.
 * Words of three letters or fewer ("ad", "nav", "bio") match only at the start or end of a class,
 * because inside one they are usually part of something else ({@code row-ad-hoc}). A name is only
 * evidence: callers weigh it against the block's size and place before removing anything.
 */
final class Boilerplate {
  // The words are data: each list is written, and explained, in vocabulary.txt.
  private static final List<String> NEGATIVE_WORDS = Vocabulary.EXTRACTOR.words("names-negative");
  private static final List<String> SHORT_WORDS = Vocabulary.EXTRACTOR.words("names-short");
  private static final List<String> WHOLE_WORDS = Vocabulary.EXTRACTOR.words("names-whole");
  private static final List<String> CAPTION_WORDS = Vocabulary.EXTRACTOR.words("names-caption");
  private static final List<String> DISCUSSION_WORDS = Vocabulary.EXTRACTOR.words("names-discussion");
  private static final List<String> POSITIVE_WORDS = Vocabulary.EXTRACTOR.words("names-positive");
  private static final List<String> BYLINE_WORDS = Vocabulary.EXTRACTOR.words("names-byline");
  private static final List<String> QUOTE_WORDS = Vocabulary.EXTRACTOR.words("names-quote");

  static final int NEGATIVE = 1;
  static final int CAPTION = 2;
  static final int DISCUSSION = 4;
  static final int POSITIVE = 8;
  static final int BYLINE = 16;
  static final int QUOTE = 32;

  /** Every word above with the kinds it names; two-part words are stored with a hyphen. */
  private static final Map<String, Integer> WORDS = words();
  private static final Set<String> SHORT = Set.copyOf(SHORT_WORDS);
  private static final Set<String> WHOLE = Set.copyOf(WHOLE_WORDS);

  private static Map<String, Integer> words() {
    Map<String, Integer> words = new HashMap<>();
    List<List<String>> lists = List.of(NEGATIVE_WORDS, CAPTION_WORDS, DISCUSSION_WORDS, POSITIVE_WORDS, BYLINE_WORDS,
        QUOTE_WORDS);
    int[] kinds = {NEGATIVE, CAPTION, DISCUSSION, POSITIVE, BYLINE, QUOTE};
    for (int i = 0; i < lists.size(); i++) {
      for (String w : lists.get(i)) {
        words.merge(w, kinds[i], (a, b) -> a | b);
      }
    }
    return Map.copyOf(words);
  }

  private static final List<String> NAME_ATTRIBUTES = List.of("id", "role", "data-component", "data-testid");
  private static final Set<String> TAXONOMY = Set.of("tag", "tags", "category", "categories", "format", "status",
      "type", "postid");

  private Boilerplate() {}

  /**
   * The kinds of block {@code el}'s names say it is, as a set of the flags above: one pass over
   * the words of its class, id, role and test names, and of its tag when it is a custom element.
   */
  static int kinds(Element el) {
    boolean custom = el.normalName().indexOf('-') > 0;
    if (el.attributesSize() == 0 && !custom) {
      return 0;
    }
    int kinds = tokensKinds(el.className(), true);
    for (String attr : NAME_ATTRIBUTES) {
      kinds |= tokensKinds(el.attr(attr), false);
    }
    return custom ? kinds | tokenKinds(el.normalName()) : kinds;
  }

  /** The kinds named by a space-separated list of names, taxonomy classes left out for classes. */
  private static int tokensKinds(String value, boolean classes) {
    int kinds = 0;
    int start = -1;
    for (int i = 0; i <= value.length(); i++) {
      boolean space = i == value.length() || Character.isWhitespace(value.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        String token = value.substring(start, i);
        if (!classes || !isTaxonomy(token)) {
          kinds |= tokenKinds(token);
        }
        start = -1;
      }
    }
    return kinds;
  }

  /** "tag-social-media", "category-comment": what a post is about, not what the block is. */
  private static boolean isTaxonomy(String token) {
    int dash = token.indexOf('-');
    return dash > 0 && TAXONOMY.contains(token.substring(0, dash).toLowerCase(Locale.ROOT));
  }

  private static int tokenKinds(String token) {
    List<String> parts = segments(token);
    if (parts.isEmpty()) {
      return 0;
    }
    int kinds = 0;
    for (int i = 0; i < parts.size(); i++) {
      kinds |= WORDS.getOrDefault(parts.get(i), 0);
      if (i + 1 < parts.size()) {
        kinds |= WORDS.getOrDefault(parts.get(i) + "-" + parts.get(i + 1), 0);
      }
    }
    if (SHORT.contains(parts.get(0)) || SHORT.contains(parts.get(parts.size() - 1))
        || parts.size() == 1 && WHOLE.contains(parts.get(0))) {
      kinds |= NEGATIVE;
    }
    return kinds;
  }

  /** A class's words: split at hyphens, underscores, colons, dots and camel case, in lower case. */
  static List<String> segments(String token) {
    List<String> parts = new ArrayList<>(4);
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean separator = !Character.isLetterOrDigit(c);
      boolean camel = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(token.charAt(i - 1));
      if ((separator || camel) && part.length() > 0) {
        parts.add(part.toString());
        part.setLength(0);
      }
      if (!separator) {
        part.append(Character.toLowerCase(c));
      }
    }
    if (part.length() > 0) {
      parts.add(part.toString());
    }
    return parts;
  }

  static boolean negative(Element el) {
    return (kinds(el) & NEGATIVE) != 0;
  }

  static boolean caption(Element el) {
    return (kinds(el) & CAPTION) != 0;
  }

  static boolean positive(Element el) {
    return (kinds(el) & POSITIVE) != 0;
  }

  /** Hidden by attribute or inline style: not shown, so not part of what the reader reads. */
  static boolean hidden(Element el) {
    if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
      return true;
    }
    String style = el.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    style = style.replace(" ", "").toLowerCase(Locale.ROOT);
    return style.contains("display:none") || style.contains("visibility:hidden");
  }
}
