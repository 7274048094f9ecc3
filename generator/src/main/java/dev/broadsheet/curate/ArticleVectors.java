package dev.broadsheet.curate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of headlines and leads over a whole set of articles, with the words that name
 * something weighing more. Whether a word is a name is decided from the whole set, not from one
 * headline: a word that is capitalised in the middle of sentence-case text (a summary, a headline
 * written in sentence case) and rarely written in lower case is a name; in a Title Case headline
 * every word has a capital and says nothing. Numbers and acronyms count as names too.
 *
 * <p>Word weights (IDF) are counted over the articles around each article's time, not over the
 * whole store: news vocabulary drifts, and a word every story uses this week (an event's name, a
 * holiday, a year) says little this week however rare it is over years of stored articles.
 */
final class ArticleVectors {
  /** Most terms kept per article: a headline and a lead have fewer, a long text is cut to its heaviest. */
  static final int MAX_TERMS = 40;
  private static final double NAME_BOOST = 1.6;
  private static final double NUMBER_BOOST = 1.3;
  private static final int TITLE_COUNT = 2;
  /** A name is written with a capital mid-sentence at least this many times as often as in lower case. */
  private static final int NAME_RATIO = 2;

  /** One article's text, analysed. */
  record Text(List<TextAnalysis.Token> title, List<TextAnalysis.Token> lead) {
  }

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  /**
   * For each term: how often it was written with a capital mid-sentence and in lower case, and the
   * number of the last text observed with it (a text counts a term once, without a set of boxed
   * ids per text: every stored article is observed on every build).
   */
  private final List<int[]> evidence = new ArrayList<>();
  private final long bucketMillis;
  private final LongIntMap dfByBucket = new LongIntMap();
  private final LongIntMap documentsByBucket = new LongIntMap();
  /** How many texts were observed: each is numbered, so that a term counts once per text. */
  private int observedTexts;
  /** Whether each term names something; fixed once every text is observed. */
  private boolean[] naming;

  /** Counts over time in buckets of {@code windowMillis}: an article's neighbourhood is its bucket and the two beside it. */
  ArticleVectors(long windowMillis) {
    this.bucketMillis = Math.max(1, windowMillis);
  }

  int id(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = terms.size();
      ids.put(term, id);
      terms.add(term);
      evidence.add(new int[3]);
    }
    return id;
  }

  String term(int id) {
    return terms.get(id);
  }

  /** A text's terms as ids, in the order of its tokens: what {@link #vector} reads. */
  record Ids(int[] title, int[] lead) {
    private static final int[] NONE = {};

    /** The headline alone. */
    Ids titleOnly() {
      return new Ids(title, NONE);
    }
  }

  /**
   * Counts document frequencies and capitalisation evidence; call for every text before {@link #vector}.
   * Returns the text's term ids, so that its vectors need not look its terms up again.
   */
  Ids observe(Text text, long time) {
    long bucket = Math.floorDiv(time, bucketMillis);
    documentsByBucket.add(bucket, 1);
    int number = ++observedTexts;
    return new Ids(observe(text.title(), bucket, number), observe(text.lead(), bucket, number));
  }

  private static long key(int term, long bucket) {
    return LongKeys.termInBucket(term, bucket);
  }

  /** How many articles around {@code time} use the term. */
  int localDf(int term, long time) {
    long bucket = Math.floorDiv(time, bucketMillis);
    return dfByBucket.get(key(term, bucket - 1)) + dfByBucket.get(key(term, bucket)) + dfByBucket.get(key(term, bucket + 1));
  }

  /** How many articles within {@code span} of {@code time} use the term (in whole buckets). */
  int localDf(int term, long time, long span) {
    int sum = 0;
    for (long b = Math.floorDiv(time - span, bucketMillis); b <= Math.floorDiv(time + span, bucketMillis); b++) {
      sum += dfByBucket.get(key(term, b));
    }
    return sum;
  }

  /** How many articles there are within {@code span} of {@code time} (in whole buckets). */
  int localDocuments(long time, long span) {
    int sum = 0;
    for (long b = Math.floorDiv(time - span, bucketMillis); b <= Math.floorDiv(time + span, bucketMillis); b++) {
      sum += documentsByBucket.get(b);
    }
    return sum;
  }

  /** How many articles there are around {@code time}. */
  int localDocuments(long time) {
    long bucket = Math.floorDiv(time, bucketMillis);
    return documentsByBucket.get(bucket - 1) + documentsByBucket.get(bucket) + documentsByBucket.get(bucket + 1);
  }

  /**
   * Whether the term is too common around {@code time} to propose candidates (more than 5% of
   * the articles, and more than 20): it still counts in similarities, with its low weight.
   */
  boolean commonAt(int term, long time) {
    return common(localDf(term, time), localDocuments(time));
  }

  /** As {@link #commonAt}, with the term's count from {@code dfCache} and the articles around its time given. */
  boolean commonAt(int term, long time, int documents, LongIntMap dfCache) {
    return common(cachedLocalDf(term, time, dfCache), documents);
  }

  private static boolean common(int local, int documents) {
    return local > 20 && local > documents / 20;
  }

  /**
   * {@link #localDf(int, long)} kept in the caller's {@code dfCache}: every article of one time
   * bucket shares its neighbourhood, so it is counted once per term and bucket.
   */
  private int cachedLocalDf(int term, long time, LongIntMap dfCache) {
    long key = key(term, Math.floorDiv(time, bucketMillis));
    // Kept plus one: 0 means "not counted yet".
    int kept = dfCache.get(key);
    if (kept == 0) {
      kept = localDf(term, time) + 1;
      dfCache.add(key, kept);
    }
    return kept - 1;
  }

  /** Counts the tokens of text {@code number} of {@code bucket}; a term's document frequency once per text. */
  private int[] observe(List<TextAnalysis.Token> tokens, long bucket, int number) {
    boolean sentenceCase = sentenceCase(tokens);
    int[] ids = new int[tokens.size()];
    int k = 0;
    for (TextAnalysis.Token t : tokens) {
      int id = id(t.term());
      ids[k++] = id;
      int[] counts = evidence.get(id);
      if (counts[2] != number) {
        counts[2] = number;
        dfByBucket.add(key(id, bucket), 1);
      }
      if (t.number()) {
        continue;
      }
      if (!t.capitalized()) {
        counts[1]++;
      } else if ((sentenceCase && !t.sentenceStart()) || t.acronym()) {
        counts[0]++;
      }
    }
    return ids;
  }

  /** A text in which most words after a sentence's first are lower case: its capitals mean names. */
  private static boolean sentenceCase(List<TextAnalysis.Token> tokens) {
    int inner = 0;
    int capitals = 0;
    for (TextAnalysis.Token t : tokens) {
      if (!t.sentenceStart() && !t.number()) {
        inner++;
        capitals += t.capitalized() ? 1 : 0;
      }
    }
    return inner >= 2 && capitals * 2 < inner;
  }

  /** Whether the term is written as a name: capitalised mid-sentence more often than in lower case. */
  boolean isName(int term) {
    int[] counts = evidence.get(term);
    return counts[0] > 0 && counts[0] >= NAME_RATIO * counts[1];
  }

  /** Whether the term names something (a name, an acronym or a number) rather than saying what happened. */
  boolean names(int term) {
    if (naming == null || naming.length < terms.size()) {
      boolean[] known = new boolean[terms.size()];
      for (int t = 0; t < known.length; t++) {
        known[t] = isName(t) || isNumber(t);
      }
      naming = known;
    }
    return naming[term];
  }

  /** Whether term {@code term} holds a digit: a count, a score, a date, a model number. */
  boolean number(int term) {
    return isNumber(term);
  }

  private boolean isNumber(int term) {
    String t = terms.get(term);
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Once every text is observed, fixes which terms name something: after this, {@link #vector}
   * only reads this object and may run on several threads, each with its own {@code idfCache}.
   */
  void observed() {
    if (terms.size() > 0) {
      names(0);
    }
  }

  /**
   * Inverse document frequency among the {@code documents} articles around {@code time}, the
   * term's count taken from {@code dfCache}; ask only after every text is observed.
   */
  private double idf(int term, long time, int documents, LongIntMap dfCache) {
    // Rounded to a float, as weights are kept.
    return (float) (Math.log((documents + 1.0) / (cachedLocalDf(term, time, dfCache) + 1.0)) + 1);
  }

  /**
   * The unit TF-IDF vector of an observed text of {@code time}; headline words count twice. Reads
   * this object only (see {@link #observed}); counts around the time are kept in the caller's
   * {@code dfCache}, which {@link #commonAt(int, long, int, LongIntMap)} shares.
   */
  SparseVector vector(Ids text, long time, LongIntMap dfCache) {
    // Each occurrence as (term id, count) in one long, sorted so that a term's occurrences meet:
    // no boxed map per article (this runs for every stored article on every build).
    long[] occurrences = new long[text.title().length + text.lead().length];
    int o = 0;
    for (int id : text.title()) {
      occurrences[o++] = (long) id << 8 | TITLE_COUNT;
    }
    for (int id : text.lead()) {
      occurrences[o++] = (long) id << 8 | 1;
    }
    Arrays.sort(occurrences);
    int documents = localDocuments(time);
    int[] termIds = new int[occurrences.length];
    double[] weights = new double[occurrences.length];
    int n = 0;
    for (int i = 0; i < occurrences.length; ) {
      int term = (int) (occurrences[i] >>> 8);
      int count = 0;
      for (; i < occurrences.length && (int) (occurrences[i] >>> 8) == term; i++) {
        count += (int) (occurrences[i] & 0xff);
      }
      double boost = !names(term) ? 1 : isNumber(term) ? NUMBER_BOOST : NAME_BOOST;
      termIds[n] = term;
      weights[n++] = (1 + Math.log(count)) * idf(term, time, documents, dfCache) * boost;
    }
    return SparseVector.heaviest(Arrays.copyOf(termIds, n), Arrays.copyOf(weights, n), MAX_TERMS);
  }
}
