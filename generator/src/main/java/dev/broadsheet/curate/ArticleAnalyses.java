package dev.broadsheet.curate;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.store.Article;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each stored article's headline and lead as analysed terms, and how complete its text is, kept
 * between builds: analysing every article's text is most of curation's work, counting the words
 * of full texts much of the rest, and nearly all of them are the same as last build.
 * An article is found by the store's digest of its text ({@code asStored}) together with the
 * branding its headline is read without, so an edited article, or a source whose branding
 * changed, is analysed anew; an article the store does not vouch for is always analysed. The
 * file is safe to delete, ignored under any other stamp (Broadsheet's code, Lucene, the site's
 * language) and keeps only what the last curation used.
 */
public final class ArticleAnalyses {
  private static final String FORMAT = "broadsheet-analyses 3";

  private final Path file;
  private final String header;
  private final Function<Article, byte[]> asStored;
  private Map<String, Analysed> previous;
  private final Map<String, Analysed> used = new ConcurrentHashMap<>();

  /**
   * What curation reads of one article.
   *
   * @param completeness the words of text it has, in buckets ({@link StoryClusterer#completeness})
   */
  record Analysed(ArticleVectors.Text text, int completeness) {}

  private ArticleAnalyses(Path file, String header, Function<Article, byte[]> asStored) {
    this.file = file;
    this.header = header;
    this.asStored = asStored;
    this.previous = file == null ? Map.of() : read(file, header);
  }

  /** Nothing kept: every article is analysed. */
  public static ArticleAnalyses none() {
    return new ArticleAnalyses(null, null, a -> null);
  }

  /**
   * Analyses kept in {@code file} under {@code codeStamp} and {@code settings} (the site's language
   * and whatever else decides what is analysed), for articles {@code asStored} knows.
   */
  public static ArticleAnalyses open(Path file, String codeStamp, String settings, Function<Article, byte[]> asStored) {
    return new ArticleAnalyses(file, FORMAT + " " + codeStamp + " lucene " + org.apache.lucene.util.Version.LATEST
        + " " + settings, asStored);
  }

  /** What curation reads of {@code a}: as kept, when its key is known, else made by {@code analyse}. */
  Analysed of(Article a, Set<String> branding, Function<Article, Analysed> analyse) {
    byte[] stored = asStored.apply(a);
    if (stored == null) {
      return analyse.apply(a);
    }
    MessageDigest key = ChangeDigests.start();
    key.update(stored);
    // The branding suffixes of its source, sorted: the headline is read without them.
    for (String suffix : branding == null ? Set.<String>of() : new TreeSet<>(branding)) {
      key.update(suffix.getBytes(StandardCharsets.UTF_8));
      key.update((byte) 0);
    }
    String hex = HexFormat.of().formatHex(key.digest());
    Analysed known = previous.get(hex);
    if (known == null) {
      known = analyse.apply(a);
    }
    used.put(hex, known);
    return known;
  }

  /**
   * Replaces the file with the analyses this build used, then lets go of them: a large site's
   * analyses are hundreds of megabytes that rendering needs the room for. One that cannot be
   * written is only a slower next build.
   */
  public void save() {
    try {
      write();
    } finally {
      used.clear();
      previous = Map.of();
    }
  }

  private void write() {
    if (file == null || used.keySet().equals(previous.keySet())) {
      return;
    }
    // Tokens are shared: the same term and flags are written once and referred to by number. A
    // term's numbers are kept by flags, so that no record is hashed (slow under C1).
    Map<String, int[]> byTerm = new HashMap<>();
    List<TextAnalysis.Token> tokens = new ArrayList<>();
    TreeMap<String, Analysed> sorted = new TreeMap<>(used);
    List<int[]> numbered = new ArrayList<>(sorted.size() * 2);
    for (Analysed analysed : sorted.values()) {
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
    ByteSink out = new ByteSink();
    out.text(header);
    out.number(tokens.size());
    for (TextAnalysis.Token t : tokens) {
      out.text(t.term());
      out.number(flags(t));
    }
    out.number(sorted.size());
    int list = 0;
    for (Map.Entry<String, Analysed> entry : sorted.entrySet()) {
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
    try {
      AtomicFiles.replace(file, temp -> Files.write(temp, out.bytes()));
    } catch (IOException | RuntimeException e) {
      // Not kept: the next build analyses every article.
    }
  }

  /** A growing buffer of numbers and texts, as {@link ByteSource} reads them. */
  private static final class ByteSink {
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    void number(int n) {
      room(4).putInt(n);
    }

    void text(String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      number(bytes.length);
      room(bytes.length).put(bytes);
    }

    private ByteBuffer room(int n) {
      if (buffer.remaining() < n) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + n));
        buffer.flip();
        buffer = bigger.put(buffer);
      }
      return buffer;
    }

    /** What was written, followed by its digest, which {@link ByteSource} checks. */
    byte[] bytes() {
      MessageDigest md5 = ChangeDigests.start();
      md5.update(buffer.array(), 0, buffer.position());
      room(16).put(md5.digest());
      return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }
  }

  /**
   * Numbers and texts as {@link ByteSink} wrote them, from a file whose digest matches: damage is
   * refused, and so is a count of more items than the bytes left could hold (no array is sized
   * from a damaged number).
   */
  private static final class ByteSource {
    private final ByteBuffer buffer;

    ByteSource(byte[] bytes) throws IOException {
      int body = bytes.length - 16;
      MessageDigest md5 = ChangeDigests.start();
      md5.update(bytes, 0, Math.max(0, body));
      if (body < 0 || !java.util.Arrays.equals(md5.digest(), 0, 16, bytes, body, bytes.length)) {
        throw new IOException("damaged");
      }
      this.buffer = ByteBuffer.wrap(bytes, 0, body);
    }

    int number() {
      return buffer.getInt();
    }

    /** A count of items of at least {@code bytesEach} bytes each that follow. */
    int count(int bytesEach) throws IOException {
      int n = buffer.getInt();
      if (n < 0 || n > buffer.remaining() / bytesEach) {
        throw new IOException("damaged");
      }
      return n;
    }

    String text() throws IOException {
      int n = count(1);
      String s = new String(buffer.array(), buffer.position(), n, StandardCharsets.UTF_8);
      buffer.position(buffer.position() + n);
      return s;
    }
  }

  private static Map<String, Analysed> read(Path file, String header) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      ByteSource in = new ByteSource(Files.readAllBytes(file));
      if (!in.text().equals(header)) {
        return Map.of();
      }
      // A token is at least its text's length and its flags; an entry its key's length, two counts and its completeness.
      TextAnalysis.Token[] tokens = new TextAnalysis.Token[in.count(8)];
      for (int i = 0; i < tokens.length; i++) {
        String term = in.text();
        int f = in.number();
        tokens[i] = new TextAnalysis.Token(term, (f & 1) != 0, (f & 2) != 0, (f & 4) != 0, (f & 8) != 0);
      }
      int entries = in.count(16);
      Map<String, Analysed> kept = new HashMap<>();
      for (int i = 0; i < entries; i++) {
        String key = in.text();
        ArticleVectors.Text text = new ArticleVectors.Text(tokens(in, tokens), tokens(in, tokens));
        kept.put(key, new Analysed(text, in.number()));
      }
      return kept;
    } catch (IOException | RuntimeException e) {
      // Unreadable or cut short: nothing is trusted, every article is analysed.
      return Map.of();
    }
  }

  private static List<TextAnalysis.Token> tokens(ByteSource in, TextAnalysis.Token[] tokens) throws IOException {
    TextAnalysis.Token[] list = new TextAnalysis.Token[in.count(4)];
    for (int i = 0; i < list.length; i++) {
      list[i] = tokens[in.number()];
    }
    return List.of(list);
  }

  private static int flags(TextAnalysis.Token t) {
    return (t.capitalized() ? 1 : 0) | (t.acronym() ? 2 : 0) | (t.sentenceStart() ? 4 : 0) | (t.number() ? 8 : 0);
  }
}
