package dev.broadsheet.extract;

import dev.broadsheet.base.XmlRecords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an article page into its clean body and metadata. Thread-safe and stateless: one
 * instance can serve every page of a build.
 */
public final class ArticleExtractor {
  private static final int WORDS_PER_MINUTE = 230;

  /** Extracts {@code html}, fetched from {@code url} (may be null: links then stay as they are); dates without a zone are UTC. */
  public Extraction extract(String html, String url) {
    return extract(html, url, java.time.ZoneOffset.UTC);
  }

  /** As above, reading the page's dates written without a zone (a bare day, a local time) in {@code zone}. */
  public Extraction extract(String html, String url, java.time.ZoneId zone) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    dev.broadsheet.base.HtmlNesting.flatten(doc);
    // Metadata first: cleaning removes the <meta>, <link> and JSON-LD it reads.
    PageIndex index = PageIndex.of(doc);
    Metadata meta = new Metadata(doc, index, zone);
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
    TextStats stats = PageCleaner.clean(doc);
    Element container = new ContentFinder(title, index.h1s(), stats).find(doc.body());
    BodyPruner.prune(container, stats);
    BodyWriter.Body body = new BodyWriter(title, stats).write(container, url);
    if (body.text().isEmpty()) {
      body = unpruned(html, title, url);
    }
    int words = countWords(body.text());
    if (description == null && !body.text().isEmpty()) {
      description = body.text().lines().filter(l -> l.length() > 60).findFirst().orElse(null);
    }
    return XmlRecords.cleaned(new Extraction(url, canonical, title, authors, published, modified, siteName, section,
        tags, image, description, language, body.html(), body.text(), words,
        Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE))));
  }

  /**
   * The page's cleaned body written out as it is, for when the article's container came out empty:
   * some text, even with boilerplate in it, serves a reader better than none.
   */
  private static BodyWriter.Body unpruned(String html, String title, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    dev.broadsheet.base.HtmlNesting.flatten(doc);
    TextStats stats = PageCleaner.clean(doc);
    return new BodyWriter(title, stats).write(doc.body(), url);
  }

  /** Words, counting each Han, kana or Hangul character as one, since those scripts use no spaces. */
  static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetterOrDigit(cp)) {
        inWord = false;
      } else if (cp >= 0x2E80 && isCjk(cp)) {
        words++;
        inWord = false;
      } else if (!inWord) {
        words++;
        inWord = true;
      }
    }
    return words;
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }
}
