package dev.broadsheet.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an article page into its clean body and metadata. Thread-safe and stateless: one
 * instance can serve every page of a build.
 */
public final class ArticleExtractor {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int WORDS_PER_MINUTE = 230;

  /** Extracts {@code html}, fetched from {@code url} (may be null: links then stay as they are). */
  public Extraction extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    // Metadata first: cleaning removes the <meta>, <link> and JSON-LD it reads.
    Metadata meta = new Metadata(doc);
    String title = meta.title();
    String canonical = meta.canonical();
    var authors = meta.authors();
    var published = meta.published();
    var modified = meta.modified();
    String siteName = meta.siteName();
    String section = meta.section();
    var tags = meta.tags();
    String image = meta.image();
    String description = meta.description();
    String language = meta.language();
    PageCleaner.clean(doc);
    Element container = new ContentFinder().find(doc.body());
    BodyWriter.Body body = new BodyWriter(title).write(container, url);
    int words = countWords(body.text());
    if (description == null && !body.text().isEmpty()) {
      description = body.text().lines().filter(l -> l.length() > 60).findFirst().orElse(null);
    }
    return new Extraction(url, canonical, title, authors, published, modified, siteName, section, tags, image,
        description, language, body.html(), body.text(), words,
        Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE)));
  }

  /** Words, counting each Han, kana or Hangul character as one, since those scripts use no spaces. */
  static int countWords(String text) {
    int words = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String token = m.group();
      int cjk = (int) token.codePoints().filter(ArticleExtractor::isCjk).count();
      words += cjk > 0 ? cjk + (token.codePointCount(0, token.length()) > cjk ? 1 : 0) : 1;
    }
    return words;
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }
}
