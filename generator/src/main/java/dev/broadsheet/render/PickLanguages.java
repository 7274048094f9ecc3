package dev.broadsheet.render;

import dev.broadsheet.base.LanguageGuess;
import dev.broadsheet.base.LanguageTags;
import dev.broadsheet.picks.Pick;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language an editor wrote a pick's own words in (its title, its note), for a {@code lang} on
 * them where it is not the site's: a screen reader reads a Japanese note on a German site in a
 * Japanese voice, and a browser breaks its lines as Japanese. The pick's {@code language} key says
 * it for both; without one, each is told by its own words where they clearly say another language
 * than the site's, as feeds' items are (another script, or enough of another language's common
 * words), and is the site's otherwise. A short title or note in the site's script is never guessed
 * at: a wrong {@code lang} reads it in the wrong voice, which is worse than the site's.
 */
final class PickLanguages {
  /** Languages that write Han characters too: a title of Han characters alone may be theirs as well as Chinese. */
  private static final java.util.Set<String> HAN_WRITERS = java.util.Set.of("ja", "ko");

  private final String site;
  /** Each text's language other than the site's, "" for the site's: the same note is on many pages. */
  private final Map<String, String> guessed = new ConcurrentHashMap<>();
  /** Each note's own words, by its HTML. */
  private final Map<String, String> noteWords = new ConcurrentHashMap<>();
  /** Made on first use: a build that renders no page with a pick reads no word lists. */
  private LanguageGuess guess;

  PickLanguages(String siteLanguage) {
    this.site = siteLanguage;
  }

  /** The language {@code pick}'s note is written in when it is not the site's, else "". */
  String ofNote(Pick pick) {
    return pick.language() != null ? otherThanSite(pick.language()) : told(noteWords(pick));
  }

  /**
   * The direction {@code pick}'s note runs in when it is not the site's ("rtl", "ltr"), else "":
   * its language's, or where that is not told, its letters' (a few words of Arabic on a German
   * site run right to left whichever language they are in).
   */
  String noteDirection(Pick pick) {
    return direction(pick.language(), ofNote(pick), noteWords(pick));
  }

  /** The same for the title {@code pick} gives its article; "" without one. */
  String titleDirection(Pick pick) {
    return pick.title() == null ? "" : direction(pick.language(), ofTitle(pick), pick.title());
  }

  private String direction(String said, String language, String words) {
    String own = LanguageTags.rightToLeft(site) ? "rtl" : "ltr";
    String direction = !language.isEmpty() ? (LanguageTags.rightToLeft(language) ? "rtl" : "ltr")
        : said != null ? own : ofLetters(words);
    return direction == null || direction.equals(own) ? "" : direction;
  }

  /** The direction most of the letters of {@code words} run in, or null when none has a direction. */
  private static String ofLetters(String words) {
    int rightToLeft = 0;
    int leftToRight = 0;
    for (int i = 0; i < words.length(); ) {
      int c = words.codePointAt(i);
      byte d = Character.getDirectionality(c);
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        rightToLeft++;
      } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        leftToRight++;
      }
      i += Character.charCount(c);
    }
    return rightToLeft > leftToRight ? "rtl" : leftToRight > rightToLeft ? "ltr" : null;
  }

  /** A note's own words ({@link #ownWords}), worked out once for the many pages that show it. */
  private String noteWords(Pick pick) {
    return pick.noteHtml() == null ? "" : noteWords.computeIfAbsent(pick.noteHtml(), PickLanguages::ownWords);
  }

  /**
   * The editor's own words of a note: its text but for what it quotes (a quote is often in the
   * language of what it quotes, and a German comment under a long English quote is German); all of
   * it when it is nothing but a quote.
   */
  private static String ownWords(String noteHtml) {
    if (noteHtml == null || noteHtml.isBlank()) {
      return "";
    }
    org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(noteHtml).body();
    if (body.selectFirst("blockquote") == null) {
      return body.text();
    }
    String all = body.text();
    body.select("blockquote").remove();
    String own = body.text();
    return own.isBlank() ? all : own;
  }

  /** The language {@code pick}'s own title is written in when it is not the site's, else "" (also without a title). */
  String ofTitle(Pick pick) {
    if (pick.title() == null) {
      return "";
    }
    return pick.language() != null ? otherThanSite(pick.language()) : told(pick.title());
  }

  private String otherThanSite(String language) {
    return LanguageTags.sameLanguage(language, site) ? "" : language;
  }

  /** The language {@code text} clearly says it is in, when that is not the site's; else "". */
  private String told(String text) {
    String words = text.strip();
    return words.isEmpty() ? "" : guessed.computeIfAbsent(words, this::guessOf);
  }

  private String guessOf(String words) {
    LanguageGuess languages = guess();
    String language = languages.of(words);
    if (language == null) {
      language = languages.ofOtherScript(words, site);
    }
    String own = LanguageGuess.primary(site);
    // As for feeds (FeedLanguages): a neighbour of the site's language whose words its own text
    // shares (Czech on a Slovak site, Ukrainian on a Belarusian one) says nothing against it.
    if (language == null || !languages.contradicts(language, site)
        || language.equals("zh") && HAN_WRITERS.contains(own)) {
      return "";
    }
    return language;
  }

  private synchronized LanguageGuess guess() {
    if (guess == null) {
      guess = new LanguageGuess();
    }
    return guess;
  }
}
