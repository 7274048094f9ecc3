package dev.broadsheet.curate;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.store.Article;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
 * Each stored article's headline and lead as analysed terms, kept between builds: analysing every
 * article's text is most of curation's work, and nearly all of them are the same as last build.
 * An article is found by the store's digest of its text ({@code asStored}) together with the
 * branding its headline is read without, so an edited article, or a source whose branding
 * changed, is analysed anew; an article the store does not vouch for is always analysed. The
 * file is safe to delete, ignored under any other stamp (Broadsheet's code, Lucene, the site's
 * language) and keeps only what the last curation used.
 */
public final class ArticleAnalyses {
  private static final String FORMAT = "broadsheet-analyses 1";

  private final Path file;
  private final String header;
  private final Function<Article, byte[]> asStored;
  private final Map<String, ArticleVectors.Text> previous;
  private final Map<String, ArticleVectors.Text> used = new ConcurrentHashMap<>();

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

  /** Analyses kept in {@code file} under {@code codeStamp} and the language, for articles {@code asStored} knows. */
  public static ArticleAnalyses open(Path file, String codeStamp, String language, Function<Article, byte[]> asStored) {
    return new ArticleAnalyses(file, FORMAT + " " + codeStamp + " lucene " + org.apache.lucene.util.Version.LATEST
        + " " + language, asStored);
  }

  /** The analysed text of {@code a}: as kept, when its key is known, else made by {@code analyse}. */
  ArticleVectors.Text of(Article a, Set<String> branding, Function<Article, ArticleVectors.Text> analyse) {
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
    ArticleVectors.Text text = previous.get(hex);
    if (text == null) {
      text = analyse.apply(a);
    }
    used.put(hex, text);
    return text;
  }

  /** Replaces the file with the analyses this build used; one that cannot be written is only a slower next build. */
  public void save() {
    if (file == null || used.keySet().equals(previous.keySet())) {
      return;
    }
    // Tokens are shared: the same (term, flags) is written once and referred to by number.
    Map<TextAnalysis.Token, Integer> numbers = new HashMap<>();
    List<TextAnalysis.Token> tokens = new ArrayList<>();
    TreeMap<String, ArticleVectors.Text> sorted = new TreeMap<>(used);
    sorted.values().forEach(t -> {
      t.title().forEach(token -> numbers.computeIfAbsent(token, k -> { tokens.add(k); return tokens.size() - 1; }));
      t.lead().forEach(token -> numbers.computeIfAbsent(token, k -> { tokens.add(k); return tokens.size() - 1; }));
    });
    try {
      AtomicFiles.replace(file, temp -> {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
          out.writeUTF(header);
          out.writeInt(tokens.size());
          for (TextAnalysis.Token t : tokens) {
            out.writeUTF(t.term());
            out.writeByte(flags(t));
          }
          out.writeInt(sorted.size());
          for (Map.Entry<String, ArticleVectors.Text> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            writeTokens(out, e.getValue().title(), numbers);
            writeTokens(out, e.getValue().lead(), numbers);
          }
        }
      });
    } catch (IOException | RuntimeException e) {
      // Not kept: the next build analyses every article.
    }
  }

  private static void writeTokens(DataOutputStream out, List<TextAnalysis.Token> list,
      Map<TextAnalysis.Token, Integer> numbers) throws IOException {
    out.writeInt(list.size());
    for (TextAnalysis.Token t : list) {
      out.writeInt(numbers.get(t));
    }
  }

  private static Map<String, ArticleVectors.Text> read(Path file, String header) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!in.readUTF().equals(header)) {
        return Map.of();
      }
      long size = Files.size(file);
      TextAnalysis.Token[] tokens = new TextAnalysis.Token[count(in, size)];
      for (int i = 0; i < tokens.length; i++) {
        String term = in.readUTF();
        int f = in.readByte();
        tokens[i] = new TextAnalysis.Token(term, (f & 1) != 0, (f & 2) != 0, (f & 4) != 0, (f & 8) != 0);
      }
      int entries = count(in, size);
      Map<String, ArticleVectors.Text> texts = new HashMap<>();
      for (int i = 0; i < entries; i++) {
        String key = in.readUTF();
        texts.put(key, new ArticleVectors.Text(readTokens(in, tokens, size), readTokens(in, tokens, size)));
      }
      return texts;
    } catch (IOException | RuntimeException e) {
      // Unreadable or cut short: nothing is trusted, every article is analysed.
      return Map.of();
    }
  }

  private static List<TextAnalysis.Token> readTokens(DataInputStream in, TextAnalysis.Token[] tokens, long size)
      throws IOException {
    int n = count(in, size);
    TextAnalysis.Token[] list = new TextAnalysis.Token[n];
    for (int i = 0; i < n; i++) {
      list[i] = tokens[in.readInt()];
    }
    return List.of(list);
  }

  /** A count, which no intact file makes larger than itself: a damaged one must not ask for gigabytes. */
  private static int count(DataInputStream in, long fileSize) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > fileSize) {
      throw new IOException("damaged");
    }
    return n;
  }

  private static int flags(TextAnalysis.Token t) {
    return (t.capitalized() ? 1 : 0) | (t.acronym() ? 2 : 0) | (t.sentenceStart() ? 4 : 0) | (t.number() ? 8 : 0);
  }
}
