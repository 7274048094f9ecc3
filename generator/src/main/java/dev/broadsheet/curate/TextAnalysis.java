package dev.broadsheet.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
    this.analyzer = LanguageAnalyzers.forLanguage(language);
    String lang = language == null ? "" : Locale.forLanguageTag(language).getLanguage();
    this.capitalsMarkNames = !NOUNS_CAPITALISED.contains(lang);
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
