package dev.broadsheet.render;

import dev.broadsheet.base.LanguageGuess;
import dev.broadsheet.base.LanguageTags;
import dev.broadsheet.picks.Pick;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language an editor wrote a pick in (its own title and its note), for a {@code lang} on
 * them where it is not the site's: a screen reader reads a Japanese note on a German site in a
 * Japanese voice, and a browser breaks its lines as Japanese. The pick's {@code language} key
 * says it; without one, words that are clearly in another language say it (a note in another
 * script, or long enough to count its common words); else it is the site's. A short note in
 * Latin letters is never guessed at: a wrong {@code lang} reads it in the wrong voice, which is
 * worse than the site's.
 */
final class PickLanguages {
  private final String site;
  /** Each pick's language other than the site's, "" for the site's: the same note is on many pages. */
  private final Map<Pick, String> known = new ConcurrentHashMap<>();
  /** Made on first use: a build that renders no page with a pick reads no word lists. */
  private LanguageGuess guess;

  PickLanguages(String siteLanguage) {
    this.site = siteLanguage;
  }

  /** The language {@code pick}'s title and note are written in when it is not the site's, else "". */
  String otherThanSite(Pick pick) {
    return known.computeIfAbsent(pick, this::find);
  }

  private String find(Pick pick) {
    String language = pick.language();
    if (language == null) {
      String words = ((pick.title() == null ? "" : pick.title() + "\n") + PlainText.of(pick.noteHtml())).strip();
      if (words.isEmpty()) {
        return "";
      }
      language = guess().of(words);
      if (language == null) {
        language = guess().ofOtherScript(words, site);
      }
    }
    return language == null || LanguageTags.sameLanguage(language, site) ? "" : language;
  }

  private synchronized LanguageGuess guess() {
    if (guess == null) {
      guess = new LanguageGuess();
    }
    return guess;
  }
}
