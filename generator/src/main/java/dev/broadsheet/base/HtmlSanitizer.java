package dev.broadsheet.base;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Makes HTML from the outside safe to put in our pages: a strict allow-list of text-level and
 * block elements, links made absolute and restricted to http(s) and mailto, nothing that runs
 * code or loads anything (no script, style, iframe, form, event handler, image).
 */
public final class HtmlSanitizer {
  private final Safelist safelist = Safelist.basic()
      .removeTags("span")
      .addTags("h2", "h3", "h4", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td")
      .removeProtocols("a", "href", "ftp")
      .addEnforcedAttribute("a", "rel", "nofollow noopener");
  private final Document.OutputSettings output = new Document.OutputSettings()
      .prettyPrint(false)
      .charset("UTF-8")
      .escapeMode(Entities.EscapeMode.base);

  /** Sanitizes {@code html}, resolving relative links against {@code baseUri} (may be empty). */
  public String sanitize(String html, String baseUri) {
    if (html == null || html.isBlank()) {
      return "";
    }
    // As Jsoup.clean, with the nesting bounded first (HtmlNesting).
    Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
    HtmlNesting.flatten(dirty.body());
    Document clean = new org.jsoup.safety.Cleaner(safelist).clean(dirty);
    clean.outputSettings(output);
    return clean.body().html().strip();
  }

  /**
   * The text of {@code html}, tags removed, entities decoded, runs of spaces and line breaks
   * collapsed. Text without markup keeps its characters exactly, no-break spaces included.
   */
  public static String text(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
    return Jsoup.parseBodyFragment(unclosedRawTextAsText(html)).text().strip();
  }

  /**
   * {@code html} with each start of an element whose content a text leaves out ({@code <script>},
   * {@code <style>}…) that is never closed written as text: a headline about "the <script> tag" is
   * text, where the element would take the rest of the headline as its unseen content. A closed
   * one is an element, and its content is left out as before.
   */
  private static String unclosedRawTextAsText(String html) {
    java.util.regex.Matcher m = RAW_TEXT_TAG.matcher(html);
    if (!m.find()) {
      return html;
    }
    // Where each such element is last closed, found once: a text of many starts is read once, not once per start.
    java.util.Map<String, Integer> lastClose = new java.util.HashMap<>();
    java.util.regex.Matcher close = RAW_TEXT_CLOSE.matcher(html);
    while (close.find()) {
      lastClose.put(close.group(1).toLowerCase(java.util.Locale.ROOT), close.start());
    }
    StringBuilder out = new StringBuilder();
    do {
      boolean closed = lastClose.getOrDefault(m.group(1).toLowerCase(java.util.Locale.ROOT), -1) > m.start();
      m.appendReplacement(out, closed ? "<" : "&lt;");
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The text of a headline written as HTML (an RSS title): as {@link #text}, but a bare tag name that
   * is never closed, and needs to be (no attribute, not {@code <p>}, {@code <li>} or a void element), is text. A headline marks words up in pairs ({@code <b>…</b>}) or with
   * a void element ({@code <br>}); one that is about code names a tag without closing it ("Stop
   * using <div> for buttons", "std::vector<int>"), which read as markup lost the words.
   */
  public static String headlineText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0) {
      return text(html);
    }
    // Where each element is last closed: a start is markup when its element is closed after it.
    java.util.Map<String, Integer> lastClose = new java.util.HashMap<>();
    java.util.regex.Matcher close = ANY_CLOSE.matcher(html);
    while (close.find()) {
      lastClose.put(close.group(1).toLowerCase(java.util.Locale.ROOT), close.start());
    }
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher start = ANY_START.matcher(html);
    while (start.find()) {
      String name = start.group(1).toLowerCase(java.util.Locale.ROOT);
      // Markup too: a tag with attributes (<span class="kicker">), and one whose end tag HTML leaves
      // optional (<p>, <li>); a bare name left open is what a headline about code writes.
      boolean markup = VOID.contains(name) || OPTIONAL_END.contains(name) || lastClose.getOrDefault(name, -1) > start.start()
          || ATTRIBUTE_FOLLOWS.matcher(html).region(start.end(), html.length()).lookingAt();
      start.appendReplacement(out, markup ? "<" : "&lt;");
      out.append(java.util.regex.Matcher.quoteReplacement(start.group(1)));
    }
    start.appendTail(out);
    return text(out.toString());
  }

  /** A start tag's opening: its name as the HTML tokenizer reads one, up to a space, a slash or the end of the tag. */
  private static final java.util.regex.Pattern ANY_START = java.util.regex.Pattern.compile("<([A-Za-z][^\\s/>]*)");
  private static final java.util.regex.Pattern ANY_CLOSE = java.util.regex.Pattern.compile("</([A-Za-z][^\\s/>]*)");
  private static final java.util.regex.Pattern ATTRIBUTE_FOLLOWS = java.util.regex.Pattern.compile("\\s+[A-Za-z_:][-\\w:.]*\\s*=");
  private static final java.util.Set<String> OPTIONAL_END = java.util.Set.of("p", "li", "dt", "dd", "rt", "rp",
      "optgroup", "option", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body");
  private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr",
      "img", "input", "link", "meta", "source", "track", "wbr");

  private static final String RAW_TEXT_NAMES = "(script|style|iframe|noembed|noframes|xmp)(?=[\\s/>]|$)";
  private static final java.util.regex.Pattern RAW_TEXT_TAG = java.util.regex.Pattern.compile(
      "<(?=" + RAW_TEXT_NAMES + ")", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern RAW_TEXT_CLOSE = java.util.regex.Pattern.compile(
      "</" + RAW_TEXT_NAMES, java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The text of {@code html} as a reader reads it on one line: as {@link #text}, but a block that
   * ends without punctuation (a heading, a list item, a caption) is ended with a full stop where
   * more text follows. For teasers and other openings of summaries. Text without markup keeps its
   * characters exactly, no-break spaces included.
   */
  public static String readingText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
    return ReadingText.of(html);
  }

  /**
   * The start of {@link #readingText}{@code (html)} for {@linkplain #sanitize sanitized} (so well-formed)
   * HTML: all of it, or a prefix of it that ends before a space of it and is at least
   * {@code minChars} long. Teasers, snippets and leads need only the
   * first words of a full-text article; parsing the first part of its HTML alone gives them for
   * a fraction of the work. The HTML is cut just before a tag: the text before the cut is the
   * same whatever follows (text is never longer than its HTML), and the last word of that text,
   * which the cut may have split, is dropped. (Misnested tag soup can rearrange earlier text
   * when later tags come, which is why the HTML must be well-formed.) The part before the cut is
   * read as the markup it is part of, never as plain text: plain text keeps soft hyphens and
   * no-break spaces that the parser drops or turns to spaces, and an opening's text would depend
   * on whether its cut came before the first tag.
   */
  public static String leadingText(String html, int minChars) {
    if (html == null || html.length() <= 2L * minChars + 64) {
      return readingText(html);
    }
    // Half as much markup again as text is enough for nearly every summary; where it is not, the
    // cut moves on twice as far. (Twice the text at first parsed a third more than needed.)
    for (int cut = html.indexOf('<', minChars + minChars / 2); cut > 0 && cut < html.length() / 2;
        cut = html.indexOf('<', 2 * cut)) {
      String start = ReadingText.of(html.substring(0, cut));
      int space = start.lastIndexOf(' ');
      if (space >= minChars) {
        return start.substring(0, space);
      }
    }
    return readingText(html);
  }

  /** {@code url} made absolute against {@code base}; null unless it ends up http(s). */
  public static String absolute(String base, String url) {
    return Urls.resolve(base == null || base.isEmpty() ? null : base, url);
  }
}
