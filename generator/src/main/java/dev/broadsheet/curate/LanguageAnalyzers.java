package dev.broadsheet.curate;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
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
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Lucene analyser that splits, lower-cases, stems and filters each language's text: Lucene's
 * own where it has one (Polish's Stempel, Ukrainian's Morfologik lemmas among them), pairs of
 * characters for Chinese, Japanese and Korean, and words alone (without one-letter words of
 * alphabetic scripts) for the rest.
 */
final class LanguageAnalyzers {
  private LanguageAnalyzers() {}

  /** The analyser of {@code language} (a BCP 47 tag, null for none): Lucene's where it has one. */
  static Analyzer forLanguage(String language) {
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
      case "cs" -> new CzechAnalyzer();
      case "el" -> new GreekAnalyzer();
      case "hu" -> new HungarianAnalyzer();
      case "ro" -> new RomanianAnalyzer();
      case "ru" -> new RussianAnalyzer();
      case "bg" -> new BulgarianAnalyzer();
      case "tr" -> new TurkishAnalyzer();
      case "ca" -> new CatalanAnalyzer();
      case "gl" -> new GalicianAnalyzer();
      case "eu" -> new BasqueAnalyzer();
      case "et" -> new EstonianAnalyzer();
      case "lt" -> new LithuanianAnalyzer();
      case "lv" -> new LatvianAnalyzer();
      case "ga" -> new IrishAnalyzer();
      case "sr" -> new SerbianAnalyzer();
      case "id" -> new IndonesianAnalyzer();
      case "ar" -> new ArabicAnalyzer();
      case "fa" -> new PersianAnalyzer();
      case "hi" -> new HindiAnalyzer();
      case "ja", "zh", "ko" -> pairsOfCharacters(lang.equals("ja"));
      case "pl" -> new org.apache.lucene.analysis.pl.PolishAnalyzer();
      case "uk" -> ukrainian();
      // Other languages: words split and lower-cased, no stemming; IDF weighting still keeps
      // common words from tying stories together on a large site, not on a small one.
      default -> plainWords();
    };
  }

  /**
   * Words news prose uses whatever the story, besides Lucene's Ukrainian stop words: as written
   * (the dictionary lemmatises "має" as a verb "to have" and a noun alike) and as lemmas (every form
   * of "рік", year, as "the 2027 budget" says it), as the English list has "year" and "today".
   */
  private static final CharArraySet UKRAINIAN_NEWS_WORDS = new CharArraySet(List.of("вже", "ще", "також", "лише",
      "тільки", "навіть", "понад", "має", "мають", "може", "можуть", "було", "був", "була", "були", "буде", "будуть",
      "році", "року", "сьогодні", "вчора"), true);
  private static final CharArraySet UKRAINIAN_NEWS_LEMMAS = new CharArraySet(List.of("рік", "рок", "мати", "маяти",
      "мая", "бути", "могти", "сьогодні", "вчора", "вже"), true);

  private static Analyzer ukrainian() {
    CharArraySet stop = new CharArraySet(org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer.getDefaultStopwords(),
        true);
    stop.addAll(UKRAINIAN_NEWS_WORDS);
    return lowerCasedOnce(new org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer(stop), UKRAINIAN_NEWS_LEMMAS);
  }

  /**
   * {@code inner}'s terms lower-cased, each once at its place, without {@code stop}: a dictionary
   * gives a name's lemma with its capital ("Нацбанк" beside "нацбанк"), which would count the word
   * twice, and a function word's forms lemmas the stop words before it did not list.
   */
  private static Analyzer lowerCasedOnce(Analyzer inner, CharArraySet stop) {
    return new org.apache.lucene.analysis.AnalyzerWrapper(inner.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return inner;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String field, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(),
            new org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter(
                new org.apache.lucene.analysis.StopFilter(new LowerCaseFilter(components.getTokenStream()), stop)));
      }

      @Override
      public void close() {
        inner.close();
        super.close();
      }
    };
  }

  /**
   * Words split and lower-cased, without the one-letter words of alphabetic scripts: in the
   * languages Lucene has no stop words for (Slovak "v", "a", "s") they are
   * particles and prepositions, and two headlines sharing one said nothing about the event. A
   * single ideograph is a word of its own and stays.
   */
  private static Analyzer plainWords() {
    return plainWords(CharArraySet.EMPTY_SET);
  }

  private static Analyzer plainWords(CharArraySet stopWords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream lower = new org.apache.lucene.analysis.StopFilter(new LowerCaseFilter(words), stopWords);
        return new TokenStreamComponents(words, new FilteringTokenFilter(lower) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          protected boolean accept() {
            return term.length() != 1 || !alphabetic(term.charAt(0));
          }
        });
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /**
   * Chinese and Japanese write without spaces, and Korean attaches its particles to the word: a
   * single character (what the tokenizer gives for each ideograph and kana) is too small a unit to
   * say what a text is about, and common ones tie unrelated stories. Each pair of neighbouring
   * characters is a term instead, a lone character one on its own (half- and full-width forms
   * folded first). In Japanese, hiragana write endings, particles and auxiliaries: they are grammar,
   * and they part the words around them ("三昧な正月": 三昧, 正月), no pair being made across them.
   */
  private static Analyzer pairsOfCharacters(boolean japanese) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer words = new StandardTokenizer();
        // Hiragana are left single (then dropped): a pair is never made across one.
        TokenStream pairs = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(words)), japanese
            ? CJKBigramFilter.HAN | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL : CJKBigramFilter.HAN
            | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
        return new TokenStreamComponents(words, new FilteringTokenFilter(pairs) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          protected boolean accept() {
            if (term.length() == 1 && alphabetic(term.charAt(0))) {
              return false;
            }
            return !japanese || !hiraganaOnly(term);
          }
        });
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
      }
    };
  }

  /** Hiragana alone, or the long-vowel mark left of a word written in them (すごーい). */
  private static boolean hiraganaOnly(CharSequence term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.UnicodeScript.of(term.charAt(i)) != Character.UnicodeScript.HIRAGANA && term.charAt(i) != 'ー') {
        return false;
      }
    }
    return true;
  }

  private static boolean alphabetic(char c) {
    if (!Character.isLetter(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
        || script == Character.UnicodeScript.GREEK;
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
}
