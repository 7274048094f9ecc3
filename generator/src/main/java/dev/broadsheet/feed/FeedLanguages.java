package dev.broadsheet.feed;

import dev.broadsheet.base.LanguageGuess;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language a feed's items are written in where their text tells it clearly ({@link
 * LanguageGuess}): for items that state none, and for items whose stated language their text
 * contradicts (a blog's template saying "en-US" over German posts). Items are read together by the
 * language they state, so that a feed whose items state their own languages is read one language
 * at a time; an item whose own words lean to the language it was taken to be in keeps it (the
 * French items of a bilingual feed mostly in English). A source's {@code language} in the config is
 * the editor's word and is never guessed over: it is how a wrong guess is undone.
 */
final class FeedLanguages {
  /** Enough of a feed's text to tell its language: the rest is not read. */
  static final int MAX_CHARS = 20_000;
  private static final LanguageGuess GUESS = new LanguageGuess();

  private final Map<String, String> told;
  private final String site;

  private FeedLanguages(Map<String, String> told, String site) {
    this.told = told;
    this.site = site;
  }

  /**
   * The languages of {@code entries}' texts. Items stating none are taken to be in {@code site}'s
   * language (null: not known): they keep it, region and all, when their text is in it.
   */
  static FeedLanguages of(List<FeedEntry> entries, String site) {
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    for (FeedEntry e : entries) {
      StringBuilder text = texts.computeIfAbsent(stated(e), k -> new StringBuilder());
      if (text.length() < MAX_CHARS) {
        text.append(textOf(e)).append('\n');
      }
    }
    Map<String, String> told = new HashMap<>();
    texts.forEach((stated, text) -> {
      String taken = stated.isEmpty() ? site : stated;
      String guessed = GUESS.of(text);
      if (guessed == null && taken != null) {
        // Too little text to tell clearly, but perhaps enough to tell it is not in the language taken.
        guessed = GUESS.ofOtherScript(text, taken);
      }
      if (guessed != null && (taken == null || GUESS.contradicts(guessed, taken))) {
        told.put(stated, guessed);
      }
    });
    return new FeedLanguages(told, site);
  }

  /** The language {@code e} is written in when its text says another than it states or is taken to be in; else null. */
  String of(FeedEntry e) {
    String guessed = told.get(stated(e));
    String taken = e.language() != null ? e.language() : site;
    if (guessed == null || taken != null && GUESS.leansTo(textOf(e), taken, guessed)) {
      return null;
    }
    return guessed;
  }

  private static String stated(FeedEntry e) {
    return e.language() == null ? "" : e.language();
  }

  /** An item's headline and summary as text, the summary's tags as spaces: enough to count words by, without a parser. */
  private static String textOf(FeedEntry e) {
    StringBuilder to = new StringBuilder(e.title()).append(".\n");
    String html = e.summaryHtml();
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
    return to.toString();
  }
}
