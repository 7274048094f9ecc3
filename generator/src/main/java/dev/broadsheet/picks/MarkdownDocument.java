package dev.broadsheet.picks;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.ConflictMarkers;
import dev.broadsheet.base.Problem;
import dev.broadsheet.base.XmlText;
import dev.broadsheet.config.YamlLines;
import dev.broadsheet.config.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A Markdown file with YAML front matter. The front matter is mapped strictly onto a record with
 * Jackson, so that errors carry the file's own line numbers; the body is rendered by CommonMark
 * (its front-matter extension keeps the YAML out of the HTML). Raw HTML in the body is escaped,
 * as Hugo does by default: a note is text, not a way to inject scripts.
 */
public final class MarkdownDocument {
  private static final List<Extension> EXTENSIONS = List.of(
      YamlFrontMatterExtension.create(), TablesExtension.create(), AutolinkExtension.create());

  // Blocks keep their lines: raw HTML in a note is named at its line.
  private final Parser parser = Parser.builder().extensions(EXTENSIONS)
      .includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS).build();
  // commonmark's default sanitizer lets data: through, and data:text/html is a script URL (found
  // by XssCorpusTest); a note links to web pages and mail addresses only. Sanitizing also marks
  // every link nofollow, which is for links nobody vouches for: the editors vouch for theirs, and
  // the site's own pages (a page's link to the search) must not be kept from search engines.
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).percentEncodeUrls(true)
      .sanitizeUrls(true).urlSanitizer(UnsafeLinks.SANITIZER)
      .attributeProviderFactory(context -> (node, tag, attributes) -> {
        if (node instanceof Link) {
          attributes.remove("rel");
        }
      }).build();
  private final YamlMapping yaml = new YamlMapping();

  /**
   * Front matter mapped onto {@code T} (null when there is none), the body as HTML, the file line
   * of the body's first raw HTML (0 for none), which is shown as text, never as markup, and the
   * front matter's unknown keys, each a problem, with their names and values read as a yes or a no,
   * and the links and images to addresses no page may lead to, unwrapped ({@link UnsafeLinks}).
   */
  public record Parsed<T>(T frontMatter, String bodyHtml, YamlLines lines, int rawHtmlLine, List<Problem> unknownKeys,
      java.util.Map<Problem, YamlMapping.UnknownKey> unknownKeyNames, List<Problem> unsafeLinks) {
    public Parsed {
      unknownKeys = List.copyOf(unknownKeys);
      unsafeLinks = List.copyOf(unsafeLinks);
      unknownKeyNames = java.util.Map.copyOf(unknownKeyNames);
    }

    /** The unknown keys set to true, yes or on, by name, in the document's order. */
    public List<String> unknownKeysSwitchedOn() {
      return switched(Boolean.TRUE);
    }

    /** The unknown keys set to false, no or off, by name, in the document's order. */
    public List<String> unknownKeysSwitchedOff() {
      return switched(Boolean.FALSE);
    }

    private List<String> switched(Boolean setTo) {
      return unknownKeys.stream().map(unknownKeyNames::get).filter(k -> k != null && setTo.equals(k.setTo()))
          .map(YamlMapping.UnknownKey::key).toList();
    }

    /** The file line of front-matter {@code key}, or 1 when it is not there. */
    public int lineOf(String key) {
      int line = lines.lineOf("/" + key);
      return line == 0 ? 1 : line + 1;
    }
  }

  /**
   * The index of the line that closes the front matter the first of {@code lines} opens ("---",
   * closed by "---" or "..."); 0 when the first line opens none, -1 when nothing closes it.
   */
  public static int closingFence(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) {
        return i;
      }
    }
    return -1;
  }

  public <T> Parsed<T> parse(String text, Class<T> type, String file) {
    String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
    normalized = normalized.replace("\r\n", "\n");
    String[] lines = normalized.split("\n", -1);
    int conflict = ConflictMarkers.firstLine(List.of(lines), true);
    if (conflict > 0) {
      throw new BroadsheetException(Problem.at(file, conflict, ConflictMarkers.advice(file)));
    }
    T front = null;
    YamlLines frontLines = YamlLines.empty();
    List<Problem> unknown = List.of();
    java.util.Map<Problem, YamlMapping.UnknownKey> unknownNames = java.util.Map.of();
    int end = closingFence(List.of(lines));
    if (end != 0) {
      if (end < 0) {
        throw new BroadsheetException(Problem.at(file, 1,
            "the front matter starting here is never closed; end it with a line holding only ---"));
      }
      String frontText = String.join("\n", List.of(lines).subList(1, end));
      YamlMapping.Parsed<T> parsed = yaml.read(frontText, type, file, 2);
      front = parsed.value();
      frontLines = parsed.lines();
      unknown = parsed.problems();
      unknownNames = parsed.unknown();
    }
    // CommonMark keeps control characters other than NUL; the note reaches the edition feed's XML.
    Node document = parser.parse(normalized);
    List<Problem> unsafe = UnsafeLinks.unwrap(document, file);
    remoteImagesAsLinks(document);
    String body = XmlText.cleanHtml(renderer.render(document).strip());
    return new Parsed<>(front, body, frontLines, rawHtmlLine(document), unknown, unknownNames, unsafe);
  }

  /** The file line of the first raw HTML block or tag in {@code document}, 0 when it has none. */
  private static int rawHtmlLine(Node document) {
    int[] line = {0};
    document.accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.HtmlBlock block) {
        found(block);
      }

      @Override
      public void visit(org.commonmark.node.HtmlInline inline) {
        found(inline);
      }

      private void found(Node node) {
        if (line[0] == 0) {
          line[0] = lineOf(node);
        }
      }
    });
    return line[0];
  }

  /** The file line of {@code node}, 0 when unknown: inline nodes carry none of their own, their block's first line stands for them. */
  static int lineOf(Node node) {
    Node at = node;
    while (at != null && at.getSourceSpans().isEmpty()) {
      at = at.getParent();
    }
    return at == null ? 0 : at.getSourceSpans().get(0).getLineIndex() + 1;
  }

  /**
   * Images from other servers become links to them, named by their alt text: a page's images are
   * the site's own (a reader's browser talks only to the site), and an image in a note would
   * otherwise be fetched from wherever it points, on every page the note shows on.
   */
  private static void remoteImagesAsLinks(Node document) {
    List<Image> remote = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Image image) {
        String to = image.getDestination().strip().toLowerCase(Locale.ROOT);
        if (to.startsWith("http:") || to.startsWith("https:") || to.startsWith("//")) {
          remote.add(image);
        }
      }
    });
    for (Image image : remote) {
      Link link = new Link(image.getDestination(), image.getTitle());
      for (Node child = image.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        link.appendChild(child);
        child = next;
      }
      if (link.getFirstChild() == null) {
        link.appendChild(new Text("image"));
      }
      image.insertBefore(link);
      image.unlink();
    }
  }
}
