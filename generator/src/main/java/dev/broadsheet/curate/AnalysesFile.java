package dev.broadsheet.curate;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.CheckedSegment;
import dev.broadsheet.base.StreamHash;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file {@link ArticleAnalyses} keeps: segments, each the analyses one build added. A build
 * that analysed one new article appends a segment of one, instead of writing every stored
 * article's analysis again (3.3 MB at 10,000 articles, 32 MB at 100,000); when too much of the
 * file is about articles no longer stored, or it has many segments, it is written anew as one.
 *
 * <p>A segment is its length, its body (the stamp it was made under, the tokens it uses, each
 * written once and referred to by number, then its entries by key) and a hash of its body, which
 * tells a damaged segment ({@link StreamHash}: a cache's check, not a defence; whoever can write the
 * file can write any analysis into it, hash and all; MD5 was a third of reading 64 MB at 100,000 articles).
 * Reading stops at the first segment that is cut short, damaged or under another stamp, and
 * keeps what came before; a count of more items than the bytes left could hold is refused, so no
 * array is sized from a damaged number.
 */
final class AnalysesFile {
  /** More segments than this and the file is written anew as one. */
  static final int MAX_SEGMENTS = 32;

  /**
   * What a file held.
   *
   * @param entries the analyses of its readable segments, by key (a later segment's win)
   * @param segments how many segments were read
   * @param intact whether the whole file was read: only then may a segment be appended
   */
  record Contents(Map<String, ArticleAnalyses.Analysed> entries, int segments, boolean intact) {
    static final Contents NONE = new Contents(Map.of(), 0, false);
  }

  private AnalysesFile() {}

  static Contents read(Path file, String header) {
    if (!Files.isRegularFile(file)) {
      return Contents.NONE;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Contents.NONE;
    }
    Map<String, ArticleAnalyses.Analysed> entries = null;
    int segments = 0;
    int at = 0;
    while (at < bytes.length) {
      try {
        int length = at + 4 <= bytes.length ? ByteBuffer.wrap(bytes, at, 4).getInt() : -1;
        if (length < 0 || length > bytes.length - at - 20) {
          break;
        }
        Map<String, ArticleAnalyses.Analysed> read = readSegment(new CheckedSegment.Source(bytes, at + 4, length), header);
        // Only a segment read to its end counts; the first (nearly all of the file) is taken as it is.
        if (entries == null) {
          entries = read;
        } else {
          entries.putAll(read);
        }
        segments++;
        at += 4 + length + 16;
      } catch (IOException | RuntimeException e) {
        break;
      }
    }
    return new Contents(entries == null ? Map.of() : entries, segments, at == bytes.length);
  }

  /** Replaces {@code file} with one segment holding {@code entries}. */
  static void replace(Path file, String header, Map<String, ArticleAnalyses.Analysed> entries) throws IOException {
    byte[] segment = segment(header, entries);
    AtomicFiles.replace(file, temp -> Files.write(temp, segment));
  }

  /**
   * Adds a segment holding {@code entries} at the end of {@code file}, which must be intact. A
   * build killed while appending leaves a segment cut short, which reading drops.
   */
  static void append(Path file, String header, Map<String, ArticleAnalyses.Analysed> entries) throws IOException {
    Files.write(file, segment(header, entries), StandardOpenOption.APPEND);
  }

  private static Map<String, ArticleAnalyses.Analysed> readSegment(CheckedSegment.Source in, String header) throws IOException {
    if (!in.text().equals(header)) {
      throw new IOException("another stamp");
    }
    // A token is at least its text's length and its flags; an entry its key's length, two counts and its completeness.
    TextAnalysis.Token[] tokens = new TextAnalysis.Token[in.count(8)];
    for (int i = 0; i < tokens.length; i++) {
      String term = in.text();
      int f = in.number();
      tokens[i] = new TextAnalysis.Token(term, (f & 1) != 0, (f & 2) != 0, (f & 4) != 0, (f & 8) != 0);
    }
    int count = in.count(16);
    Map<String, ArticleAnalyses.Analysed> read = new HashMap<>(count * 4 / 3 + 1);
    for (int i = 0; i < count; i++) {
      String key = in.text();
      ArticleVectors.Text text = new ArticleVectors.Text(tokens(in, tokens), tokens(in, tokens));
      read.put(key, new ArticleAnalyses.Analysed(text, in.number()));
    }
    return read;
  }

  private static List<TextAnalysis.Token> tokens(CheckedSegment.Source in, TextAnalysis.Token[] tokens) throws IOException {
    TextAnalysis.Token[] list = new TextAnalysis.Token[in.count(4)];
    for (int i = 0; i < list.length; i++) {
      list[i] = tokens[in.number()];
    }
    // Not copied again (List.of would): a hundred thousand articles' lists are read at each build.
    return java.util.Collections.unmodifiableList(Arrays.asList(list));
  }

  /** A segment's bytes: length, body, digest. */
  private static byte[] segment(String header, Map<String, ArticleAnalyses.Analysed> entries) {
    // Tokens are shared: the same term and flags are written once and referred to by number. A
    // term's numbers are kept by flags, so that no record is hashed (slow under C1).
    Map<String, int[]> byTerm = new HashMap<>();
    List<TextAnalysis.Token> tokens = new ArrayList<>();
    TreeMap<String, ArticleAnalyses.Analysed> sorted = new TreeMap<>(entries);
    List<int[]> numbered = new ArrayList<>(sorted.size() * 2);
    for (ArticleAnalyses.Analysed analysed : sorted.values()) {
      for (List<TextAnalysis.Token> list : List.of(analysed.text().title(), analysed.text().lead())) {
        int[] numbers = new int[list.size()];
        for (int i = 0; i < numbers.length; i++) {
          TextAnalysis.Token token = list.get(i);
          int[] byFlags = byTerm.computeIfAbsent(token.term(), k -> new int[16]);
          int f = flags(token);
          if (byFlags[f] == 0) {
            tokens.add(token);
            byFlags[f] = tokens.size();
          }
          numbers[i] = byFlags[f] - 1;
        }
        numbered.add(numbers);
      }
    }
    CheckedSegment.Sink out = new CheckedSegment.Sink();
    out.text(header);
    out.number(tokens.size());
    for (TextAnalysis.Token t : tokens) {
      out.text(t.term());
      out.number(flags(t));
    }
    out.number(sorted.size());
    int list = 0;
    for (Map.Entry<String, ArticleAnalyses.Analysed> entry : sorted.entrySet()) {
      out.text(entry.getKey());
      for (int part = 0; part < 2; part++) {
        int[] numbers = numbered.get(list++);
        out.number(numbers.length);
        for (int n : numbers) {
          out.number(n);
        }
      }
      out.number(entry.getValue().completeness());
    }
    return out.segment();
  }

  private static int flags(TextAnalysis.Token t) {
    return (t.capitalized() ? 1 : 0) | (t.acronym() ? 2 : 0) | (t.sentenceStart() ? 4 : 0) | (t.number() ? 8 : 0);
  }
}
