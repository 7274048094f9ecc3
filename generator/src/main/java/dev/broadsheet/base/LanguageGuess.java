package dev.broadsheet.base;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The language a body of text is clearly written in, for a feed that does not say: by its
 * script where a script is one language's (Hangul, kana, Greek), else by how many of its words
 * are each language's most common ones (Lucene's stop word lists: "the", "of", "and"; "le", "de",
 * "et"). Only a clear lead counts: text too short, without such words, or as much one language's
 * as another's (Danish beside Norwegian), is left unsaid, and whoever asks keeps what they assumed.
 */
public final class LanguageGuess {
  /** Fewer of a language's common words than this say nothing (a few headlines' worth of text). */
  static final int MIN_HITS = 12;
  /** The share of the words that are the leading language's common words, at least: prose has a quarter or more. */
  static final double MIN_SHARE = 0.08;
  /** How far the leading language's count must be ahead of the next one's. */
  static final double MARGIN = 1.5;
  /** Enough text to tell by common words: words after these are not counted (letters are, to tell the script). */
  static final int MAX_WORDS = 4000;

  /**
   * For languages this cannot name, those it could take their text for: their neighbours, whose
   * common words they share. Text this names otherwise (English on a Slovak site) is not theirs.
   */
  private static final Map<String, java.util.Set<String>> RELATIVES = Map.ofEntries(
      Map.entry("sk", java.util.Set.of("cs", "pl")), Map.entry("hr", java.util.Set.of("cs", "pl")),
      Map.entry("bs", java.util.Set.of("cs", "pl")), Map.entry("sl", java.util.Set.of("cs", "pl")),
      Map.entry("be", java.util.Set.of("uk", "ru")), Map.entry("kk", java.util.Set.of("uk", "ru")),
      Map.entry("mk", java.util.Set.of("sr", "bg", "ru")), Map.entry("gl", java.util.Set.of("pt", "es")),
      Map.entry("ast", java.util.Set.of("es", "pt")), Map.entry("oc", java.util.Set.of("ca", "fr", "es")),
      Map.entry("eu", java.util.Set.of("es")), Map.entry("ms", java.util.Set.of("id")),
      Map.entry("af", java.util.Set.of("nl")), Map.entry("fy", java.util.Set.of("nl", "de")),
      Map.entry("lb", java.util.Set.of("de", "nl")), Map.entry("et", java.util.Set.of("fi")),
      Map.entry("is", java.util.Set.of("da", "no", "sv")), Map.entry("fo", java.util.Set.of("da", "no", "sv")),
      Map.entry("ur", java.util.Set.of("fa", "ar")), Map.entry("ku", java.util.Set.of("fa", "ar", "tr")),
      // Serbian is also written in Latin letters, which this cannot tell from Croatian's.
      Map.entry("sr", java.util.Set.of("cs", "pl", "ru", "bg")));

  /** Languages told by a script no other language writes: text in it rules out any other language. */
  private static final java.util.Set<String> OWN_SCRIPT = java.util.Set.of("ja", "ko", "zh", "el", "he", "ka", "hy");

  private final Map<String, CharArraySet> common;
  private final Map<String, CharArraySet> byScript;
  /** The Latin-script languages' common words, and Russian's and Bulgarian's, Arabic's and Persian's. */
  private final CommonWords latinWords;
  private final CommonWords cyrillicWords;
  private final CommonWords arabicWords;

  public LanguageGuess() {
    Map<String, Supplier<CharArraySet>> latin = new LinkedHashMap<>();
    latin.put("en", () -> org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    latin.put("fr", org.apache.lucene.analysis.fr.FrenchAnalyzer::getDefaultStopSet);
    latin.put("de", org.apache.lucene.analysis.de.GermanAnalyzer::getDefaultStopSet);
    latin.put("es", org.apache.lucene.analysis.es.SpanishAnalyzer::getDefaultStopSet);
    latin.put("it", org.apache.lucene.analysis.it.ItalianAnalyzer::getDefaultStopSet);
    latin.put("pt", org.apache.lucene.analysis.pt.PortugueseAnalyzer::getDefaultStopSet);
    latin.put("nl", org.apache.lucene.analysis.nl.DutchAnalyzer::getDefaultStopSet);
    latin.put("sv", org.apache.lucene.analysis.sv.SwedishAnalyzer::getDefaultStopSet);
    latin.put("da", org.apache.lucene.analysis.da.DanishAnalyzer::getDefaultStopSet);
    latin.put("no", org.apache.lucene.analysis.no.NorwegianAnalyzer::getDefaultStopSet);
    latin.put("fi", org.apache.lucene.analysis.fi.FinnishAnalyzer::getDefaultStopSet);
    latin.put("hu", org.apache.lucene.analysis.hu.HungarianAnalyzer::getDefaultStopSet);
    latin.put("ro", org.apache.lucene.analysis.ro.RomanianAnalyzer::getDefaultStopSet);
    latin.put("tr", org.apache.lucene.analysis.tr.TurkishAnalyzer::getDefaultStopSet);
    latin.put("ca", org.apache.lucene.analysis.ca.CatalanAnalyzer::getDefaultStopSet);
    latin.put("cs", org.apache.lucene.analysis.cz.CzechAnalyzer::getDefaultStopSet);
    latin.put("id", org.apache.lucene.analysis.id.IndonesianAnalyzer::getDefaultStopSet);
    latin.put("pl", org.apache.lucene.analysis.pl.PolishAnalyzer::getDefaultStopSet);
    Map<String, CharArraySet> sets = new LinkedHashMap<>();
    latin.forEach((language, set) -> sets.put(language, set.get()));
    this.common = java.util.Collections.unmodifiableMap(sets);
    this.byScript = Map.of("ru", org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet(),
        "bg", org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet(),
        "ar", org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet(),
        "fa", org.apache.lucene.analysis.fa.PersianAnalyzer.getDefaultStopSet());
    this.latinWords = new CommonWords(common);
    this.cyrillicWords = new CommonWords(Map.of("ru", byScript.get("ru"), "bg", byScript.get("bg")));
    this.arabicWords = new CommonWords(Map.of("ar", byScript.get("ar"), "fa", byScript.get("fa")));
  }

  /** A tag's language as this names it: its primary subtag, Norwegian's written forms as one. */
  public static String primary(String tag) {
    String primary = LanguageTags.primary(tag);
    return primary.equals("nb") || primary.equals("nn") ? "no" : primary;
  }

  /**
   * Whether text clearly in {@code guessed} ({@link #of}) says it is not in {@code taken} (a
   * language tag): always for a language this could have named, or text in a script of its own;
   * for another, unless {@code guessed} is a neighbour its text could be taken for. Slovak reads
   * much as Czech does, and Galician as Portuguese: text this names Czech may well be Slovak.
   */
  public boolean contradicts(String guessed, String taken) {
    String language = primary(taken);
    if (language.equals(guessed)) {
      return false;
    }
    boolean named = common.containsKey(language) || byScript.containsKey(language) || OWN_SCRIPT.contains(language)
        || language.equals("uk");
    return named || OWN_SCRIPT.contains(guessed) || !RELATIVES.getOrDefault(language, java.util.Set.of()).contains(guessed);
  }

  /**
   * Whether {@code text} holds more of {@code language}'s common words than of {@code other}'s: an
   * item too short to tell its language alone may still lean to one (a bilingual feed's item).
   */
  public boolean leansTo(CharSequence text, String language, String other) {
    CharArraySet mine = common.getOrDefault(primary(language), byScript.get(primary(language)));
    CharArraySet theirs = common.getOrDefault(other, byScript.get(other));
    if (mine == null || theirs == null) {
      return false;
    }
    int hits = 0;
    for (String w : words(text)) {
      hits += (mine.contains(w) ? 1 : 0) - (theirs.contains(w) ? 1 : 0);
    }
    return hits > 0;
  }

  /**
   * The primary language tag ("en", "fr", "ja") {@code text} is clearly written in, or null when
   * that is not clear. Markup is not read: give plain text.
   */
  public String of(CharSequence text) {
    int[] scripts = scripts(text);
    int latin = Character.UnicodeScript.LATIN.ordinal();
    int letters = java.util.Arrays.stream(scripts).sum();
    if (letters == 0) {
      return null;
    }
    String script = byItsScript(scripts, letters);
    if (script != null) {
      return script.isEmpty() ? null : script;
    }
    int cyrillic = scripts[Character.UnicodeScript.CYRILLIC.ordinal()];
    if (cyrillic > letters / 2) {
      String byLetters = ukrainianOrSerbian(text, cyrillic);
      if (byLetters != null) {
        return byLetters.isEmpty() ? null : byLetters;
      }
      return cyrillicWords.clearLead(words(text));
    }
    if (scripts[Character.UnicodeScript.ARABIC.ordinal()] > letters / 2) {
      return arabicWords.clearLead(words(text));
    }
    return scripts[latin] > letters / 2 ? latinWords.clearLead(words(text)) : null;
  }

  /** Fewer Cyrillic letters than this are not told Russian or Bulgarian by their letters alone. */
  static final int MIN_LETTERS_BY_LETTERS = 200;
  /** Cyrillic letters neither Russian nor Bulgarian writes: Belarusian, Macedonian and the Turkic, Mongolian and Tajik alphabets'. */
  private static final String OTHER_CYRILLIC = "ўѓќѕөүңқғҳҷӣӯһәҗҫӑӗҡҙҝ";

  /** Fewer hits than this do not lean even text whose script rules out the language it was taken to be in. */
  static final int MIN_HITS_OTHER_SCRIPT = 3;

  /**
   * For text {@link #of} leaves unsaid (too short: a feed of five headlines and their first
   * sentences), the language it leans to when its letters are mostly Cyrillic or Arabic and
   * {@code taken} (a tag) is a language this knows to be written otherwise: five Russian items of
   * a German site are not German, whichever of Russian and Bulgarian they are read as. Null when
   * the script does not rule {@code taken} out, or the text leans to none of its languages.
   */
  public String ofOtherScript(CharSequence text, String taken) {
    String language = primary(taken);
    if (!common.containsKey(language) && !OWN_SCRIPT.contains(language)) {
      return null;
    }
    int[] scripts = scripts(text);
    int letters = java.util.Arrays.stream(scripts).sum();
    int cyrillic = scripts[Character.UnicodeScript.CYRILLIC.ordinal()];
    if (cyrillic > letters / 2) {
      String byLetters = ukrainianOrSerbian(text, cyrillic);
      if (byLetters != null) {
        return byLetters.isEmpty() ? null : byLetters;
      }
      // Russian and Bulgarian share their commonest short words (на, за, по), so a few sentences
      // are told by letters: Russian writes ы, э and ё (about one letter in fifty) and Bulgarian none;
      // Bulgarian writes ъ as a vowel (one in forty), Russian hardly ever.
      // Only on a few lines' worth (a headline may have neither), and not where letters neither
      // writes show another language (Mongolian's ө and ү, Kazakh's қ, Tajik's ҳ, Tatar's ә).
      if (cyrillic >= MIN_LETTERS_BY_LETTERS && count(text, OTHER_CYRILLIC) == 0) {
        int russian = count(text, "ыэё");
        int hard = count(text, "ъ");
        if (russian * 200 >= cyrillic && hard * 200 < cyrillic) {
          return "ru";
        }
        if (hard * 100 >= cyrillic && russian == 0) {
          return "bg";
        }
      }
      return cyrillicWords.lead(words(text), MIN_HITS_OTHER_SCRIPT, 0);
    }
    return scripts[Character.UnicodeScript.ARABIC.ordinal()] > letters / 2
        ? arabicWords.lead(words(text), MIN_HITS_OTHER_SCRIPT, 0) : null;
  }

  /**
   * Ukrainian or Serbian, told by letters only one of them writes (Ukrainian's і, ї, є, ґ; Serbian's
   * ђ, ћ, џ, љ, њ, ј) where one in a hundred of the {@code cyrillic} letters is one: "uk", "sr",
   * empty where both show alike (neither is named), null where too few show to tell.
   */
  private static String ukrainianOrSerbian(CharSequence text, int cyrillic) {
    int ukrainian = count(text, "іїєґ");
    int serbian = count(text, "ђћџљњј");
    if (ukrainian * 100 < cyrillic && serbian * 100 < cyrillic) {
      return null;
    }
    return ukrainian >= 3 * serbian ? "uk" : serbian >= 3 * ukrainian ? "sr" : "";
  }

  /**
   * The language of a script that is one language's, when most letters are in it; empty when most
   * are in a script this cannot tell (Devanagari, Thai); null when they are Latin, Cyrillic or Arabic.
   */
  private static String byItsScript(int[] scripts, int letters) {
    int kana = scripts[Character.UnicodeScript.HIRAGANA.ordinal()] + scripts[Character.UnicodeScript.KATAKANA.ordinal()];
    int han = scripts[Character.UnicodeScript.HAN.ordinal()];
    // Japanese writes kana between its characters; Chinese none.
    if (kana + han > letters / 2) {
      return kana * 10 >= kana + han ? "ja" : kana == 0 ? "zh" : "";
    }
    for (var e : Map.of(Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.GREEK, "el",
        Character.UnicodeScript.HEBREW, "he", Character.UnicodeScript.GEORGIAN, "ka",
        Character.UnicodeScript.ARMENIAN, "hy").entrySet()) {
      if (scripts[e.getKey().ordinal()] > letters / 2) {
        return e.getValue();
      }
    }
    for (Character.UnicodeScript told : java.util.List.of(Character.UnicodeScript.LATIN,
        Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARABIC)) {
      if (scripts[told.ordinal()] > letters / 2) {
        return null;
      }
    }
    return "";
  }

  /** The letters of {@code text} by script, counted in an array: a feed's worth of text is tens of thousands of letters. */
  private static int[] scripts(CharSequence text) {
    int[] scripts = new int[Character.UnicodeScript.values().length];
    int latin = Character.UnicodeScript.LATIN.ordinal();
    for (int i = 0; i < text.length(); ) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        i++;
        if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
          scripts[latin]++;
        }
        continue;
      }
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        scripts[Character.UnicodeScript.of(c).ordinal()]++;
      }
    }
    return scripts;
  }

  /** The words of {@code text}, lower-cased, at most {@link #MAX_WORDS}. */
  private static java.util.List<String> words(CharSequence text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length() && words.size() < MAX_WORDS; ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        word.appendCodePoint(Character.toLowerCase(c));
      } else if (word.length() > 0 && c != '\u00AD') {
        addWord(words, word);
      }
    }
    addWord(words, word);
    return words;
  }

  /**
   * Keeps a word of two letters or more: single letters are as often the pieces of an address or a
   * code ("t", "e", "d" of a tracking link's parameters) as words, and several languages' lists hold them.
   */
  private static void addWord(java.util.List<String> words, StringBuilder word) {
    if (word.codePointCount(0, word.length()) >= 2) {
      words.add(word.toString());
    }
    word.setLength(0);
  }

  private static int count(CharSequence text, String letters) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
        n++;
      }
    }
    return n;
  }
}
