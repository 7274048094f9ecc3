package dev.broadsheet.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Some languages' common words in one table, each word with the languages whose list holds it:
 * a text's words are looked up once each, not once for every language (eighteen for Latin
 * letters), which made guessing a tenth of reading a feed of full texts.
 */
final class CommonWords {
  /** The languages, in alphabetical order: of two with as many hits, the first leads. */
  private final String[] languages;
  /** Each word's languages, as bits of their indexes in {@link #languages}. */
  private final Map<String, Integer> languagesOf = new HashMap<>();

  CommonWords(Map<String, CharArraySet> sets) {
    this.languages = new TreeMap<>(sets).keySet().toArray(String[]::new);
    for (int i = 0; i < languages.length; i++) {
      int bit = 1 << i;
      // A set that ignores case holds its words in lower case, as the words looked up are.
      for (Object word : sets.get(languages[i])) {
        languagesOf.merge(word instanceof char[] chars ? new String(chars) : word.toString(), bit, (a, b) -> a | b);
      }
    }
  }

  /** The language whose common words {@code words} hold clearly more of than any other's, or null. */
  String clearLead(List<String> words) {
    return lead(words, LanguageGuess.MIN_HITS, LanguageGuess.MIN_SHARE);
  }

  /**
   * The language whose common words {@code words} hold at least {@code minHits} of, a {@code
   * minShare} of the words at least, and half as many again as the next language's; or null.
   */
  String lead(List<String> words, int minHits, double minShare) {
    int[] hits = new int[languages.length];
    for (String w : words) {
      Integer of = languagesOf.get(w);
      if (of != null) {
        for (int bits = of; bits != 0; bits &= bits - 1) {
          hits[Integer.numberOfTrailingZeros(bits)]++;
        }
      }
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (int i = 0; i < languages.length; i++) {
      if (hits[i] > first) {
        second = first;
        first = hits[i];
        best = languages[i];
      } else if (hits[i] > second) {
        second = hits[i];
      }
    }
    return first >= minHits && first >= minShare * words.size() && first >= LanguageGuess.MARGIN * second ? best : null;
  }
}
