package dev.broadsheet.render;

import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schema.org structured data: NewsArticle for article pages, CollectionPage with an ItemList for
 * editions. Written with {@link InlineJson}, as it goes inside a script element.
 */
final class JsonLd {
  private JsonLd() {}

  static String article(Story.Item item, String pageUrl, TemplateHelpers h) {
    Article a = item.article();
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "NewsArticle");
    ld.put("headline", a.title());
    ld.put("inLanguage", h.languageOf(a));
    // Only the publisher's date: the time an undated article was first seen is not when it was published.
    if (a.datedByPublisher()) {
      ld.put("datePublished", h.isoOf(a));
    }
    // The publisher's update as the site's feeds give it: never before, nor as far ahead as, its publication.
    java.time.Instant changed = FeedWriter.lastChanged(a);
    if (changed != null && !changed.equals(a.effectiveTime())) {
      ld.put("dateModified", h.iso(changed));
    }
    if (!a.authors().isEmpty()) {
      ld.put("author", a.authors().stream().map(n -> typed("Person", n)).toList());
    }
    if (h.publisher(a) != null) {
      ld.put("publisher", typed("Organization", h.publisher(a)));
    }
    if (a.url() != null) {
      ld.put("url", dev.broadsheet.base.Urls.ascii(a.url()));
    }
    ld.put("mainEntityOfPage", pageUrl);
    if (h.previewImage(a) != null) {
      ld.put("image", h.previewImage(a));
    }
    if (a.section() != null) {
      ld.put("articleSection", a.section());
    }
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
