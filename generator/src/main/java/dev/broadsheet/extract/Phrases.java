package dev.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a short block of text says about itself, in the languages the extractor knows (English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Russian, Indonesian, Japanese, Korean,
 * Chinese). Every test here is about shape as much as words: a label is the whole block, a prompt
 * addresses the reader, a credit names who reported or took the photo. A sentence that merely starts
 * with one of these words ("Reuters reported that…", "Photos taken on Monday show…") is none of them.
 */
final class Phrases {
  // The words are data: each entry is written, and explained, in vocabulary.txt.
  private static final Pattern LABEL = Vocabulary.EXTRACTOR.pattern("label");
  private static final Pattern MORE = Vocabulary.EXTRACTOR.pattern("more");
  private static final Pattern PROMPT_WORD = Vocabulary.EXTRACTOR.pattern("prompt-word");
  private static final Pattern TO_THE_READER = Vocabulary.EXTRACTOR.pattern("to-the-reader");
  private static final Pattern PROMPT_OTHER = Vocabulary.EXTRACTOR.pattern("prompt-other");
  private static final List<String> PROMPT_STEMS = Vocabulary.EXTRACTOR.words("prompt-stems");
  private static final Pattern CREDIT_START = Vocabulary.EXTRACTOR.pattern("credit-start");
  private static final Pattern CONTRIBUTED = Vocabulary.EXTRACTOR.pattern("contributed");
  private static final Pattern COMMENT_NOTICE = Vocabulary.EXTRACTOR.pattern("comment-notice");
  private static final List<String> COMMENT_STEMS = Vocabulary.EXTRACTOR.words("comment-stems");
  private static final Pattern BIO = Vocabulary.EXTRACTOR.pattern("bio");
  private static final Pattern BYLINE = Vocabulary.EXTRACTOR.pattern("byline");
  private static final Pattern DATE_LINE = Vocabulary.EXTRACTOR.pattern("date-line");
  private static final Pattern STAMP = Vocabulary.EXTRACTOR.pattern("stamp");

  private Phrases() {}

  /** A block that is one label and nothing else: "Advertisement", "Read more:", "Lesen Sie auch". */
  static boolean label(String text) {
    return text.length() < 60 && (LABEL.matcher(text).matches()
        || MORE.matcher(text).find() && !text.endsWith("."));
  }

  /** A short call to subscribe, follow, sign up or share, addressed to the reader. */
  static boolean prompt(String text) {
    if (text.length() > 320 || !mentions(text, PROMPT_STEMS)) {
      return false;
    }
    return PROMPT_OTHER.matcher(text).find()
        || PROMPT_WORD.matcher(text).find() && TO_THE_READER.matcher(text).find();
  }

  /** A reporting, editing or photo credit line. */
  static boolean credit(String text) {
    return text.length() < 250 && (CREDIT_START.matcher(text).lookingAt()
        || mentions(text, List.of("contribut")) && CONTRIBUTED.matcher(text).find());
  }

  static boolean commentNotice(String text) {
    return text.length() < 400 && mentions(text, COMMENT_STEMS) && COMMENT_NOTICE.matcher(text).find();
  }

  /**
   * Whether the lower-cased text contains one of the stems: a cheap test that spares most
   * paragraphs the regular expressions, which a long page would otherwise run thousands of times.
   */
  private static boolean mentions(String text, List<String> stems) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String stem : stems) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** An author's biography or contact line; only meaningful at the end of an article. */
  static boolean bio(String text) {
    return text.length() < 400 && BIO.matcher(text).find();
  }

  /** A byline or a date standing as its own short line, which the metadata carries instead. */
  static boolean bylineOrDate(String text) {
    return text.length() < 120 && (BYLINE.matcher(text).matches() || DATE_LINE.matcher(text).matches()
        || STAMP.matcher(text).matches());
  }

  /** Any of the above but the biography: text that is never the article wherever it stands. */
  static boolean boilerplate(String text) {
    return label(text) || prompt(text) || credit(text) || commentNotice(text);
  }
}
