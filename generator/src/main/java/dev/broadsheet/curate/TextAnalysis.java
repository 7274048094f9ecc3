package dev.broadsheet.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Text as terms in the site's language: Lucene's analyzer for the language tokenises, drops stop
 * words and stems, so "tapering" and "taper" are one term. Each term keeps how it was written,
 * because capitals in the middle of a sentence are what tells a name from a common word.
 */
final class TextAnalysis implements AutoCloseable {
  private final Analyzer analyzer;

  /**
   * One word of a text.
   *
   * @param term the analysed term (lower case, stemmed)
   * @param capitalized whether it was written with a capital first letter
   * @param acronym whether it was written in capitals only (two to five letters), like "FDA"
   * @param sentenceStart whether it opens a sentence or a headline segment, where capitals say nothing
   * @param number whether it holds a digit
   */
  record Token(String term, boolean capitalized, boolean acronym, boolean sentenceStart, boolean number) {}

  TextAnalysis(String language) {
    this.analyzer = analyzerFor(language);
  }

  private static Analyzer analyzerFor(String language) {
    String lang = language == null ? "" : Locale.forLanguageTag(language).getLanguage();
    return switch (lang) {
      case "en" -> new EnglishAnalyzer(newsStopWords());
      case "fr" -> new FrenchAnalyzer();
      case "de" -> new GermanAnalyzer();
      case "es" -> new SpanishAnalyzer();
      case "it" -> new ItalianAnalyzer();
      case "pt" -> new PortugueseAnalyzer();
      case "nl" -> new DutchAnalyzer();
      case "sv" -> new SwedishAnalyzer();
      case "da" -> new DanishAnalyzer();
      case "nb", "nn", "no" -> new NorwegianAnalyzer();
      case "fi" -> new FinnishAnalyzer();
      // Other languages: words split and lower-cased, no stemming; IDF weighting still keeps
      // common words from tying stories together.
      default -> new StandardAnalyzer();
    };
  }

  /**
   * Lucene's English stop words plus the words that news prose uses whatever the story: reporting
   * verbs and time words. "Said" in two summaries says nothing about the event.
   */
  private static CharArraySet newsStopWords() {
    CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    words.addAll(List.of("said", "says", "say", "told", "tells", "according", "also", "after", "before", "over",
        "about", "would", "could", "may", "might", "can", "has", "have", "had", "been", "were", "its", "his", "her",
        "he", "she", "we", "you", "i", "our", "who", "what", "which", "when", "where", "why", "how", "all", "more",
        "most", "new", "now", "up", "out", "just", "than", "from", "one", "two", "first", "last", "year", "years",
        "day", "days", "week", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday"));
    return words;
  }

  List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String surface = text.substring(offset.startOffset(), Math.min(text.length(), offset.endOffset()));
        out.add(token(term.toString(), surface, sentenceStart(text, offset.startOffset())));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Token token(String term, String surface, boolean sentenceStart) {
    boolean capitalized = !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    int letters = 0;
    boolean allCaps = true;
    boolean digit = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        allCaps &= Character.isUpperCase(c);
      }
      digit |= Character.isDigit(c);
    }
    return new Token(term, capitalized, allCaps && letters >= 2 && letters <= 5, sentenceStart, digit);
  }

  /** Whether only spaces, quotes or sentence and segment punctuation stand before {@code at}. */
  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || "\"'“”‘’«»([".indexOf(c) >= 0) {
        continue;
      }
      // A hyphen opens a segment only when set apart by spaces ("Storm - Reuters"), not in "Jean-Luc".
      return ".!?:;|–—•".indexOf(c) >= 0 || (c == '-' && i < at - 1);
    }
    return true;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
