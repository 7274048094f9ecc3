package dev.broadsheet.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.base.Blank;
import dev.broadsheet.base.DateParser;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata from every signal it gives, best first: JSON-LD (NewsArticle and friends,
 * inside {@code @graph} too), OpenGraph, Twitter cards, other {@code <meta>} tags, microdata,
 * {@code <time>} elements, and finally the DOM.
 */
final class Metadata {
  private static final List<String> DUBLIN_CORE_CREATOR = List.of("dc:creator", "dc.creator", "dcterms.creator");

  private final Document doc;
  private final PageIndex index;
  private final JsonNode ld;
  private final Map<String, String> metaTags;
  private final Map<String, Element> itemprops;
  /** The zone of the page's dates written without one: its source's. */
  private final java.time.ZoneId zone;

  Metadata(Document doc, PageIndex index, java.time.ZoneId zone) {
    this.doc = doc;
    this.zone = zone;
    this.index = index;
    this.ld = ArticleJsonLd.find(index.jsonLd());
    this.metaTags = index.metaTags();
    this.itemprops = index.firstItemprops();
  }

  String title() {
    String t = first(ldTitle(), meta("dc:title"), meta("dc.title"), meta("dcterms.title"), meta("og:title"),
        meta("twitter:title"), meta("parsely-title"), meta("title"), itemprop("headline"));
    if (t != null) {
      return t;
    }
    // An h1 that the <title> repeats is the headline without the site name around it.
    String docTitle = doc.title().strip();
    for (Element candidate : index.h1s()) {
      String h1 = candidate.text().strip();
      if (!h1.isEmpty() && (docTitle.isEmpty() || docTitle.contains(h1))) {
        return h1;
      }
    }
    if (docTitle.isEmpty()) {
      return null;
    }
    // "Headline - Site Name", unless what is left is a word or two: then it is the site's name
    // ("Google - Site Reliability Engineering") and the whole title says more.
    String stripped = docTitle.replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,40}$", "").strip();
    return stripped.split("\\s+").length < 3 && stripped.length() < 20 ? docTitle : stripped;
  }

  /**
   * JSON-LD's headline, or its name when the page's {@code <title>} leads with the name and does
   * not show the headline at all: some sites (encyclopedias, notably) put a one-line description
   * in {@code headline}.
   */
  private String ldTitle() {
    String headline = ld("headline");
    String name = ld("name");
    String docTitle = doc.title().toLowerCase(Locale.ROOT);
    if (headline != null && name != null && !docTitle.contains(headline.toLowerCase(Locale.ROOT))
        && docTitle.startsWith(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    return headline != null ? headline : name;
  }

  List<String> authors() {
    Set<String> names = new LinkedHashSet<>();
    if (ld != null) {
      names(ld.get("author"), names);
      if (names.isEmpty()) {
        names(ld.get("creator"), names);
      }
    }
    if (names.isEmpty()) {
      // Dublin Core gives one creator per tag, and pages often repeat the list under a second
      // spelling of the key: every value of the first spelling the page uses. Raw values: addName
      // unescapes them itself.
      for (String key : DUBLIN_CORE_CREATOR) {
        index.metaValues(key).forEach(v -> addName(names, v));
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    if (names.isEmpty()) {
      addName(names, meta("author"));
      addName(names, meta("article:author"));
      addName(names, meta("sailthru.author"));
      addName(names, meta("parsely-author"));
    }
    if (names.isEmpty()) {
      names.addAll(Bylines.fromDom(doc, index));
    }
    return Bylines.distinct(names);
  }

  Instant published() {
    return date(ld("datePublished"), meta("article:published_time"), meta("og:published_time"),
        meta("datePublished"), meta("pubdate"), meta("publishdate"), meta("date"), meta("dc.date"),
        meta("dc.date.issued"), meta("dcterms.created"), meta("sailthru.date"), meta("parsely-pub-date"),
        meta("citation_publication_date"), itemprop("datePublished"), timeElement());
  }

  Instant modified() {
    return date(ld("dateModified"), meta("article:modified_time"), meta("og:updated_time"), meta("dateModified"),
        meta("last-modified"), itemprop("dateModified"));
  }

  String siteName() {
    String fromLd = ld == null ? null : text(ld.path("publisher").isObject() ? ld.path("publisher").get("name")
        : ld.get("publisher"));
    return first(fromLd, meta("og:site_name"), meta("application-name"), meta("twitter:site"));
  }

  String section() {
    return first(ld("articleSection"), meta("article:section"), meta("section"), meta("parsely-section"));
  }

  List<String> tags() {
    Set<String> tags = new LinkedHashSet<>();
    if (ld != null && ld.has("keywords")) {
      JsonNode k = ld.get("keywords");
      if (k.isArray()) {
        k.forEach(t -> addTag(tags, t.asText()));
      } else {
        for (String t : k.asText().split(",")) {
          addTag(tags, t);
        }
      }
    }
    for (Element m : index.metas()) {
      if ("article:tag".equals(m.attr("property"))) {
        addTag(tags, m.attr("content"));
      }
    }
    if (tags.isEmpty() && meta("keywords") != null) {
      for (String t : meta("keywords").split(",")) {
        addTag(tags, t);
      }
    }
    return List.copyOf(tags);
  }

  String image() {
    String fromLd = null;
    if (ld != null && ld.has("image")) {
      JsonNode img = ld.get("image");
      JsonNode first = img.isArray() && img.size() > 0 ? img.get(0) : img;
      fromLd = first.isObject() ? text(first.get("url")) : text(first);
    }
    String url = first(fromLd, meta("og:image"), meta("og:image:url"), meta("twitter:image"), meta("twitter:image:src"),
        itemprop("image"));
    return absolute(url);
  }

  String description() {
    return first(ld("description"), meta("dc:description"), meta("dc.description"), meta("dcterms.description"),
        meta("og:description"), meta("twitter:description"), meta("description"));
  }

  String language() {
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    String value = first(Blank.toNull(lang), ld("inLanguage"), meta("content-language"), meta("og:locale"),
        meta("language"));
    return value == null ? null : value.replace('_', '-');
  }

  String canonical() {
    Element link = index.canonical();
    String value = first(link == null ? null : link.absUrl("href"), meta("og:url"));
    return absolute(value);
  }

  private String ld(String field) {
    if (ld == null) {
      return null;
    }
    JsonNode v = ld.get(field);
    if (v != null && v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    return v == null ? null : text(v);
  }

  private String meta(String name) {
    return metaTags.get(name.toLowerCase(Locale.ROOT));
  }

  private String itemprop(String name) {
    Element e = itemprops.get(name.toLowerCase(Locale.ROOT));
    if (e == null) {
      return null;
    }
    String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime")
        : e.hasAttr("src") ? e.absUrl("src") : e.text();
    return Blank.toNull(value);
  }

  /** A time inside an article, else one marked pubdate, else the first. */
  private String timeElement() {
    Element best = null;
    for (Element t : index.times()) {
      if (t.closest("article") != null) {
        best = t;
        break;
      }
      if (best == null || t.hasAttr("pubdate") && !best.hasAttr("pubdate")) {
        best = t;
      }
    }
    return best == null ? null : Blank.toNull(best.attr("datetime"));
  }

  private Instant date(String... candidates) {
    for (String c : candidates) {
      if (c != null) {
        var parsed = DateParser.parse(c, zone);
        if (parsed.isPresent()) {
          return parsed.get();
        }
      }
    }
    return null;
  }

  private String absolute(String url) {
    if (url == null) {
      return null;
    }
    String base = doc.location();
    return dev.broadsheet.base.HtmlSanitizer.absolute(base, url);
  }

  private static void names(JsonNode node, Set<String> names) {
    for (JsonNode n : ArticleJsonLd.elements(node)) {
      addName(names, n.isObject() ? text(n.get("name")) : n.asText());
    }
  }

  private static void addName(Set<String> names, String raw) {
    Bylines.add(names, raw);
  }

  private static void addTag(Set<String> tags, String raw) {
    String t = raw == null ? "" : raw.strip();
    if (!t.isEmpty() && t.length() < 60) {
      tags.add(t);
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() ? null : Blank.toNull(node.asText());
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return org.jsoup.parser.Parser.unescapeEntities(v.strip(), false);
      }
    }
    return null;
  }
}
