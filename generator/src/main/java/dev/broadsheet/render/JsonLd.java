package dev.broadsheet.render;

import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schema.org structured data: a WebPage based on the publisher's NewsArticle for article pages,
 * CollectionPage with an ItemList for editions. Written with {@link InlineJson}, as it goes inside a script element.
 */
final class JsonLd {
  private JsonLd() {}

  /**
   * An article page's data: a WebPage of this site, based on the publisher's NewsArticle. The page
   * is not the article (a teaser and a link, or a copy that asks not to be indexed): claiming it
   * as the article's main page would credit this site with the publisher's work, and the
   * publisher with a headline an editor wrote. {@code retitled} says an editor's pick gave the
   * article its headline here: the publisher's is then not known, and the article is named by its link.
   */
  static String article(Story.Item item, String pageUrl, TemplateHelpers h, boolean retitled) {
    Article a = item.article();
    Map<String, Object> original = new LinkedHashMap<>();
    original.put("@type", "NewsArticle");
    if (!retitled) {
      original.put("headline", a.title());
    }
    original.put("inLanguage", h.languageOf(a));
    // Only the publisher's date: the time an undated article was first seen is not when it was published.
    if (a.datedByPublisher()) {
      original.put("datePublished", h.isoOf(a));
    }
    // The publisher's update as the site's feeds give it: never before, nor as far ahead as, its publication.
    java.time.Instant changed = FeedWriter.lastChanged(a);
    if (changed != null && !changed.equals(a.effectiveTime())) {
      original.put("dateModified", h.iso(changed));
    }
    if (!a.authors().isEmpty()) {
      original.put("author", a.authors().stream().map(n -> typed("Person", n)).toList());
    }
    if (h.publisher(a) != null) {
      original.put("publisher", typed("Organization", h.publisher(a)));
    }
    if (a.url() != null) {
      original.put("url", dev.broadsheet.base.Urls.ascii(a.url()));
    }
    if (h.previewImage(a) != null) {
      original.put("image", h.previewImage(a));
    }
    if (a.section() != null) {
      original.put("articleSection", a.section());
    }
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "WebPage");
    ld.put("url", pageUrl);
    ld.put("name", a.title());
    ld.put("inLanguage", h.languageOf(a));
    ld.put("isBasedOn", original);
    return write(ld);
  }

  /** An ordered map: Map.of iterates in an order that changes from one JVM to the next, and so would the page. */
  private static Map<String, Object> typed(String type, String name) {
    Map<String, Object> thing = new LinkedHashMap<>();
    thing.put("@type", type);
    thing.put("name", name);
    return thing;
  }

  static String edition(Edition e, String pageUrl, String name, TemplateHelpers h) {
    List<Story> stories = new ArrayList<>(e.topStories());
    stories.addAll(e.picks());
    e.sections().forEach(s -> stories.addAll(s.stories()));
    List<Map<String, Object>> elements = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      Map<String, Object> element = new LinkedHashMap<>();
      element.put("@type", "ListItem");
      element.put("position", i + 1);
      element.put("url", h.absolute(stories.get(i).lead().path()));
      element.put("name", stories.get(i).lead().article().title());
      elements.add(element);
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("@type", "ItemList");
    list.put("numberOfItems", elements.size());
    list.put("itemListElement", elements);
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "CollectionPage");
    ld.put("name", name);
    ld.put("url", pageUrl);
    ld.put("datePublished", h.isoDay(e.date()));
    ld.put("mainEntity", list);
    return write(ld);
  }

  private static String write(Map<String, Object> ld) {
    return InlineJson.write(ld);
  }
}
