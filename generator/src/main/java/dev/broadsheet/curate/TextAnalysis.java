package dev.broadsheet.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Text as terms in the site's language: Lucene's analyzer for the language tokenises, drops stop
 * words and stems, so "tapering" and "taper" are one term. Each term keeps how it was written,
 * because capitals in the middle of a sentence are what tells a name from a common word.
 */
final class TextAnalysis implements AutoCloseable {
  /**
   * A date written with its year ("2018-11-19", "19/11/2018") or a clock time ("9:41", "21:42:38.5",
   * "9:30pm", the time of "2018-11-19T21:42:38Z") with the zone in capitals after it ("21:42 UTC",
   * "9:30 EST"): bounded by what is not a digit, so that letters beside it (a "T", "pm") do not
   * hide it, in any Java version's idea of a word.
   */
  private static final java.util.regex.Pattern DATE_OR_TIME = java.util.regex.Pattern.compile(
      "(?<![0-9])(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}"
      + "|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?(?![0-9])(?:\\s{0,2}" + zones()
      + "(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?(?![\\p{L}\\p{N}]))?)(?![0-9])"
      // Chinese and Japanese (2026年11月20日, 11月20日, 9時30分) and Korean (11월 20일, 9시 30분) dates and times.
      + "|[0-9０-９]{2,4}[年년]\\s?[0-9０-９]{1,2}[月월](?:\\s?[0-9０-９]{1,2}[日일])?"
      + "|[0-9０-９]{1,2}[月월]\\s?[0-9０-９]{1,2}[日일]|[0-9０-９]{1,2}[時时시](?:\\s?[0-9０-９]{1,2}[分분])?");
  /**
   * The abbreviations of time zones a time is written with, as an alternation. Only these: a word in
   * capitals after a time is as often a name ("at 10:30 NASA will launch"), which must stay.
   */
  private static String zones() {
    return "(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AST|ADT|NST|NDT|ET|CT|MT|PT|BST|IST|WET|WEST"
        + "|CET|CEST|MEZ|MESZ|EET|EEST|MSK|GST|PKT|ICT|WIB|SGT|HKT|JST|KST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT)";
  }

  /**
   * Languages whose spelling capitalises every noun: there a capital mid-sentence says nothing of
   * a name, and taking it as one made nearly every German noun a name, so that two reports sharing
   * only nouns ("Gotthard", "Basistunnel", "Weströhre") never shared "what happened".
   */
  private static final java.util.Set<String> NOUNS_CAPITALISED = java.util.Set.of("de", "lb");

  private final Analyzer analyzer;
  /** Whether a capital mid-sentence may mark a name (not where every noun has one). */
  private final boolean capitalsMarkNames;

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
    String lang = language == null ? "" : Locale.forLanguageTag(language).getLanguage();
    this.capitalsMarkNames = !NOUNS_CAPITALISED.contains(lang);
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
      case "uk" -> plainWords(UKRAINIAN_STOP_WORDS);
      // Other languages: words split and lower-cased, no stemming; IDF weighting still keeps
      // common words from tying stories together on a large site, not on a small one.
      default -> plainWords();
    };
  }

  /**
   * Words split and lower-cased, without the one-letter words of alphabetic scripts: in the
   * languages Lucene has no stop words for (Polish "w", "z", "i"; Slovak "v", "a") they are
   * particles and prepositions, and two headlines sharing one said nothing about the event. A
   * single ideograph is a word of its own and stays.
   */
  private static Analyzer plainWords() {
    return plainWords(CharArraySet.EMPTY_SET);
  }

  /**
   * Ukrainian's prepositions, conjunctions, particles and pronouns, which Lucene's common analysers
   * have no list of: two headlines sharing "на" or "за" said nothing about the same event, and
   * related unrelated stories by them.
   */
  private static final CharArraySet UKRAINIAN_STOP_WORDS = new CharArraySet(List.of("на", "за", "до", "по", "від",
      "для", "при", "про", "під", "над", "без", "через", "між", "біля", "після", "перед", "із", "зі", "зо", "та", "але",
      "що", "як", "це", "цей", "ця", "ці", "той", "те", "ті", "не", "ні", "чи", "же", "би", "бо", "ще", "вже", "так",
      "його", "її", "їх", "він", "вона", "воно", "вони", "ми", "ви", "ти", "мене", "нас", "вас", "їм", "йому", "який",
      "яка", "яке", "які", "якого", "якій", "яких", "де", "коли", "тут", "там", "також", "лише", "тільки", "все",
      "усі", "всі", "свій", "своє", "своя", "свої", "було", "був", "була", "були", "буде", "будуть", "є", "має", "мають",
      "можуть", "може", "щоб", "якщо", "або", "аби", "навіть", "понад", "проти", "році", "року", "сьогодні", "вчора"),
      true);

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

  List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    int[] stamps = datesAndTimes(text);
    int stamp = 0;
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int at = offset.startOffset();
        while (stamp < stamps.length && stamps[stamp + 1] <= at) {
          stamp += 2;
        }
        if (stamp < stamps.length && stamps[stamp] <= at) {
          continue;
        }
        String surface = text.substring(offset.startOffset(), Math.min(text.length(), offset.endOffset()));
        Token token = token(term.toString(), surface, sentenceStart(text, offset.startOffset()));
        // Where capitals mark nouns, a capital counts as at a sentence's start: it says nothing.
        out.add(capitalsMarkNames || !token.capitalized() || token.acronym() || token.sentenceStart() ? token
            : new Token(token.term(), true, false, true, token.number()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Where {@code text} writes a date or a clock time ("2018-11-19", "11/19/2018", "21:42:38",
   * "-08:00"), as start and end offsets in order. Their numbers say when, not what: every report of
   * one day shares them, and a feed that dates each item in its text (a list of earthquakes, each
   * with its time and zone) made unrelated items one story by them.
   */
  static int[] datesAndTimes(String text) {
    if (text.indexOf(':') < 0 && text.indexOf('-') < 0 && text.indexOf('/') < 0 && !mayHoldCjkDate(text)) {
      return new int[0];
    }
    java.util.regex.Matcher m = DATE_OR_TIME.matcher(text);
    List<Integer> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(m.start());
      spans.add(m.end());
    }
    return spans.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean mayHoldCjkDate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("年月時时년월시".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
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
