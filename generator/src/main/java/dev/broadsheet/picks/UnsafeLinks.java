package dev.broadsheet.picks;

import dev.broadsheet.base.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.DefaultUrlSanitizer;

/**
 * Links and images of a note or page to addresses no page may lead to ({@code javascript:},
 * {@code data:}, {@code file:}): their words are kept without the link, and each is a warning at its
 * line. The renderer's sanitizer alone left {@code <a href="">}, a link to the page itself, and a
 * broken image, without a word to the editor.
 */
final class UnsafeLinks {
  /** What a note may link to; an address without a scheme is the site's own. */
  static final List<String> SCHEMES = List.of("http", "https", "mailto");
  /** The renderer's own judge: what it would blank is what is unwrapped here, however the scheme is written. */
  static final DefaultUrlSanitizer SANITIZER = new DefaultUrlSanitizer(SCHEMES);
  private static final Pattern SCHEME = Pattern.compile("^\\s*([^:/?#]*):");

  private UnsafeLinks() {}

  /** Unwraps every link and image of {@code document} to another scheme; a warning for each, named in {@code file}. */
  static List<Problem> unwrap(Node document, String file) {
    List<Node> unsafe = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        check(link, link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        check(image, image.getDestination());
        visitChildren(image);
      }

      private void check(Node node, String destination) {
        if (!destination.isEmpty() && SANITIZER.sanitizeLinkUrl(destination).isEmpty()) {
          unsafe.add(node);
        }
      }
    });
    List<Problem> problems = new ArrayList<>();
    for (Node node : unsafe) {
      String destination = node instanceof Link l ? l.getDestination() : ((Image) node).getDestination();
      String words = textOf(node);
      String what = node instanceof Link ? "the link '" + words + "'" : "the image '" + words + "'";
      problems.add(Problem.warningAt(file, MarkdownDocument.lineOf(node), what + " leads to a " + schemeOf(destination) + ": address,"
          + " which no page may " + (node instanceof Link ? "link to" : "show") + "; its words are shown without it"
          + " (links lead to web pages and mail addresses)"));
      if (node.getFirstChild() == null && node instanceof Image) {
        node.appendChild(new Text(""));
      }
      for (Node child = node.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        node.insertBefore(child);
        child = next;
      }
      node.unlink();
    }
    return problems;
  }

  /** How a destination the renderer refuses is named in a warning: its scheme as written ("javascript"), visible. */
  private static String schemeOf(String destination) {
    java.util.regex.Matcher m = SCHEME.matcher(destination);
    String scheme = m.find() ? m.group(1) : destination;
    StringBuilder shown = new StringBuilder();
    scheme.codePoints().limit(40).forEach(c -> {
      if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        shown.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.toString().toLowerCase(Locale.ROOT);
  }

  private static String textOf(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text t) {
        text.append(t.getLiteral());
      }

      @Override
      public void visit(org.commonmark.node.Code code) {
        text.append(code.getLiteral());
      }
    });
    return text.toString().strip();
  }
}
