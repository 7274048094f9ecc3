package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Author names from a page's byline markup, for pages whose structured data names none. Markup
 * kinds are tried strongest first, and the first kind a page uses wins, because weaker kinds also
 * match the bylines of related-story teasers: microdata ({@code itemprop="author"}, with or without
 * a nested name), {@code rel="author"} links, then the first block whose class or id says byline or
 * author in one of the languages the extractor knows.
 */
final class Bylines {
  // The words are data: each entry is written, and explained, in vocabulary.txt.
  private static final Pattern LEAD = Vocabulary.EXTRACTOR.pattern("byline-lead");
  private static final Pattern TRAIL = Vocabulary.EXTRACTOR.pattern("byline-trail");
  private static final Pattern JOB_TITLE = Vocabulary.EXTRACTOR.pattern("byline-job-title");
  private static final Pattern ROLE_WORD = Vocabulary.EXTRACTOR.pattern("byline-role-word");
  private static final int MAX_BYLINE = 120;
  private static final int MAX_NAME = 80;

  private Bylines() {}


  static List<String> fromDom(Document doc, PageIndex index) {
    Set<String> names = new LinkedHashSet<>();
    for (Element author : index.itemprops()) {
      if (!PageIndex.hasProperty(author, "author") || inDiscussion(author)) {
        continue;
      }
      var nested = author.select("[itemprop=name]");
      if (!nested.isEmpty()) {
        nested.forEach(n -> add(names, n.hasAttr("content") ? n.attr("content") : firstLine(n)));
      } else {
        add(names, author.hasAttr("content") ? author.attr("content") : firstLine(author));
      }
    }
    if (names.isEmpty()) {
      index.relAuthors().forEach(a -> add(names, a.hasAttr("title") && "link".equals(a.normalName())
          ? a.attr("title") : a.text()));
    }
    if (names.isEmpty()) {
      for (Element el : doc.body() == null ? List.<Element>of() : Dom.elements(doc.body())) {
        if ((Boilerplate.kinds(el) & Boilerplate.BYLINE) == 0) {
          continue;
        }
        String text = el.text();
        if (text.isBlank() || text.length() > MAX_BYLINE || inChrome(el)) {
          continue;
        }
        var links = el.select("a");
        if (!links.isEmpty() && links.text().length() >= text.length() / 3) {
          links.forEach(a -> addUnlabelled(names, a.text()));
        } else {
          addUnlabelled(names, firstLine(el));
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    return List.copyOf(names);
  }

  /**
   * Readers' comments carry microdata authors too (a comment is an item with its own author): they
   * are the commenters, not the article's byline.
   */
  private static boolean inDiscussion(Element author) {
    for (Element e = author.parent(); e != null; e = e.parent()) {
      if (e.hasAttr("itemscope") && (PageIndex.hasProperty(e, "comment") || PageIndex.hasProperty(e, "review")
          || e.attr("itemtype").matches("(?i).*/(Comment|Review|Answer)$"))
          || (Boilerplate.kinds(e) & Boilerplate.DISCUSSION) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code names} without one that only adds a suffix to another ("Jane Doe, The Courier" beside
   * "Jane Doe"): pages give the same author in several places, some with the outlet after the name.
   */
  static List<String> distinct(Collection<String> names) {
    List<String> kept = new ArrayList<>();
    for (String name : names) {
      boolean longerForm = names.stream().anyMatch(other -> name.length() > other.length()
          && name.startsWith(other) && name.substring(other.length()).matches("\\s*[,(|].*"));
      if (!longerForm) {
        kept.add(name);
      }
    }
    return List.copyOf(kept);
  }

  /** Menus, forms and buttons mention authors ("Follow author", a "Bylines" section) without naming one. */
  private static boolean inChrome(Element el) {
    for (Element e = el; e != null; e = e.parent()) {
      String name = e.normalName();
      if ("nav".equals(name) || "form".equals(name) || "button".equals(name) || "menu".equals(name)
          || "navigation".equals(e.attr("role")) || e != el && Boilerplate.negative(e) && !"body".equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** {@code raw} without "By" before it and a date after it, if what is left reads as a name. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String name = org.jsoup.parser.Parser.unescapeEntities(raw, false).replace('\u00a0', ' ')
        .replaceAll("\\s+", " ").strip();
    name = LEAD.matcher(name).replaceFirst("");
    name = TRAIL.matcher(name).replaceFirst("").replaceAll("[\\s,;:]+$", "").strip();
    name = JOB_TITLE.matcher(name).replaceFirst("").strip();
    boolean letters = name.codePoints().anyMatch(Character::isLetter);
    return letters && name.length() < MAX_NAME && !name.startsWith("http") ? name : null;
  }

  static void add(Set<String> names, String raw) {
    String name = clean(raw);
    if (name != null) {
      names.add(name);
    }
  }

  /** A name from page text, where buttons and labels ("Follow author") sit next to the real thing. */
  private static void addUnlabelled(Set<String> names, String raw) {
    if (raw != null && !ROLE_WORD.matcher(raw).find()) {
      add(names, raw);
    }
  }

  /** The first line of {@code el}'s text that is more than a "By" (line breaks and blocks end lines). */
  private static String firstLine(Element el) {
    StringBuilder text = new StringBuilder();
    lines(el, text);
    for (String line : text.toString().split("\n")) {
      if (clean(line) != null) {
        return line;
      }
    }
    return null;
  }

  private static void lines(Element el, StringBuilder text) {
    for (Node n : el.childNodes()) {
      if (n instanceof TextNode t) {
        text.append(t.text());
      } else if (n instanceof Element e && "br".equals(e.normalName())) {
        text.append('\n');
      } else if (n instanceof Element e) {
        boolean block = e.isBlock();
        text.append(block ? "\n" : "");
        lines(e, text);
        text.append(block ? "\n" : "");
      }
    }
  }
}
