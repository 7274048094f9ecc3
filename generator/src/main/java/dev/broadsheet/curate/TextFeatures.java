package dev.broadsheet.curate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a story that matter for telling stories apart: content words (lower-cased,
 * accents folded, stop words of several languages dropped, plural "s" trimmed), named entities
 * (capitalized words not at the start of a sentence, and numbers), and a MinHash signature of its
 * word pairs for spotting copies.
 */
final class TextFeatures {
  static final int MINHASH = 48;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList((
      "a an the and or but if of to in on at by for with from as is are was were be been being it its this that these"
          + " those he she they them his her their we our you your i me my not no nor so than then there here what which"
          + " who whom whose when where why how all any both each few more most other some such only own same too very"
          + " can will just should now also after before over under into out up down about again against between"
          + " during through until while off once new says said say would could may might must has have had do does"
          + " did one two first last year years day week time people us per"
          + " der die das und oder ein eine einer eines einem den dem des ist sind war im in zu mit von für auf aus"
          + " bei nach über unter nicht auch als wie es sie er wir ihr"
          + " le la les un une des du de et ou dans sur pour par avec au aux est sont pas plus ce cette ces il elle"
          + " el los las una unos unas del y o en con por para es son no más se su sus al lo que"
          + " il lo gli una di da e o con per su non più che è"
          + " o os um uma do da dos das e ou em com por para não mais que é").split(" ")));

  final Set<String> words;
  final Map<String, Integer> counts;
  final Set<String> entities;
  final int[] signature;

  private TextFeatures(Set<String> words, Map<String, Integer> counts, Set<String> entities, int[] signature) {
    this.words = words;
    this.counts = counts;
    this.entities = entities;
    this.signature = signature;
  }

  /** Features of a headline and its lead; the headline's words count twice. */
  static TextFeatures of(String title, String lead) {
    List<String> titleTokens = tokens(title);
    List<String> leadTokens = tokens(lead);
    Map<String, Integer> counts = new HashMap<>();
    for (String t : titleTokens) {
      counts.merge(t, 2, Integer::sum);
    }
    for (String t : leadTokens) {
      counts.merge(t, 1, Integer::sum);
    }
    Set<String> entities = new LinkedHashSet<>();
    entities(title, entities);
    entities(lead, entities);
    List<String> all = new ArrayList<>(titleTokens);
    all.addAll(leadTokens);
    return new TextFeatures(new LinkedHashSet<>(counts.keySet()), counts, entities, minhash(all));
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = WORD.matcher(fold(text));
    while (m.find()) {
      String w = m.group().replaceAll("['’.-]+$", "").replace("’", "'");
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (w.length() < 2 || STOP.contains(w)) {
        continue;
      }
      if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
        w = w.substring(0, w.length() - 1);
      }
      tokens.add(w);
    }
    return tokens;
  }

  /** Proper names and numbers: the words that say which event this is. */
  private static void entities(String text, Set<String> out) {
    if (text == null) {
      return;
    }
    for (String sentence : text.split("(?<=[.!?:;])\\s+|\\n")) {
      Matcher m = WORD.matcher(sentence);
      boolean first = true;
      while (m.find()) {
        String w = m.group().replaceAll("['’.-]+$", "");
        boolean capital = Character.isUpperCase(w.codePointAt(0));
        boolean number = Character.isDigit(w.codePointAt(0)) && w.length() >= 2;
        String folded = fold(w);
        if (((capital && !first) || number) && !STOP.contains(folded) && w.length() >= 2) {
          out.add(folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded);
        }
        first = false;
      }
    }
  }

  /** A MinHash signature of consecutive word pairs: similar signatures mean near-identical text. */
  private static int[] minhash(List<String> tokens) {
    int[] sig = new int[MINHASH];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    if (tokens.size() < 2) {
      return sig;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      int base = (tokens.get(i) + " " + tokens.get(i + 1)).hashCode();
      for (int k = 0; k < MINHASH; k++) {
        int h = mix(base ^ (0x9E3779B9 * (k + 1)));
        if (h < sig[k]) {
          sig[k] = h;
        }
      }
    }
    return sig;
  }

  /** The share of equal slots of two signatures: an estimate of the word-pair Jaccard similarity. */
  static double resemblance(TextFeatures a, TextFeatures b) {
    if (a.signature[0] == Integer.MAX_VALUE || b.signature[0] == Integer.MAX_VALUE) {
      return 0;
    }
    int same = 0;
    for (int k = 0; k < MINHASH; k++) {
      if (a.signature[k] == b.signature[k]) {
        same++;
      }
    }
    return (double) same / MINHASH;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
