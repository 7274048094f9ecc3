package dev.broadsheet.feed;

import dev.broadsheet.base.LanguageGuess;
import dev.broadsheet.base.LanguageTags;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language a feed's items are written in where their text tells it clearly ({@link
 * LanguageGuess}): for items that state none, and for items whose stated language their text
 * contradicts (a blog's template saying "en-US" over German posts). Items are read together by the
 * language they state, so that a feed whose items state their own languages is read one language
 * at a time. A source's {@code language} in the config is the editor's word and is never guessed over.
 */
final class FeedLanguages {
  /** Enough of a feed's text to tell its language: the rest is not read. */
  static final int MAX_CHARS = 20_000;
  private static final LanguageGuess GUESS = new LanguageGuess();

  private FeedLanguages() {}

  /**
   * For each language the items state (the empty text for none), the language their text is
   * clearly written in when that is another one; nothing for those it agrees with or cannot tell.
   * Items stating none are taken to be in {@code site}'s language (null: not known): they keep it,
   * region and all, when their text is in it.
   */
  static Map<String, String> of(List<FeedEntry> entries, String site) {
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    for (FeedEntry e : entries) {
      StringBuilder text = texts.computeIfAbsent(stated(e), k -> new StringBuilder());
      if (text.length() < MAX_CHARS) {
        text.append(e.title()).append(".\n");
        appendWithoutTags(e.summaryHtml(), text);
        text.append('\n');
      }
    }
    Map<String, String> told = new HashMap<>();
    texts.forEach((stated, text) -> {
      String guessed = GUESS.of(text);
      String taken = stated.isEmpty() ? site : stated;
      if (guessed != null && !guessed.equals(taken == null ? null : LanguageTags.primary(taken))) {
        told.put(stated, guessed);
      }
    });
    return told;
  }

  /** What {@link #of} keys an entry by: the language it states, or the empty text. */
  static String stated(FeedEntry e) {
    return e.language() == null ? "" : e.language();
  }

  /** The text of {@code html}, its tags as spaces: enough to count words by, without a parser. */
  private static void appendWithoutTags(String html, StringBuilder to) {
    boolean tag = false;
    for (int i = 0; i < html.length() && to.length() < MAX_CHARS; i++) {
      char c = html.charAt(i);
      if (c == '<') {
        tag = true;
      } else if (c == '>' && tag) {
        tag = false;
        to.append(' ');
      } else if (!tag) {
        to.append(c);
      }
    }
  }
}
