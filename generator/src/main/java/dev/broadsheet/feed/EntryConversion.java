package dev.broadsheet.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.base.Urls;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/** Turns one Rome entry, corrected by its raw element, into a {@link FeedEntry}. */
final class EntryConversion {
  private final HtmlSanitizer sanitizer;
  private final SyndEntry entry;
  private final RawEntry raw;
  private final String fallbackBase;

  EntryConversion(HtmlSanitizer sanitizer, SyndEntry entry, RawEntry raw, String fallbackBase) {
    this.sanitizer = sanitizer;
    this.entry = entry;
    this.raw = raw;
    this.fallbackBase = fallbackBase;
  }

  /** The entry as read; one with nothing to show is still reported, the mapper drops it. */
  FeedEntry convert(List<String> warnings) {
    String base = raw != null ? raw.base() : fallbackBase;
    String link = raw != null ? raw.link() : Urls.resolve(base, entry.getLink());
    if (link == null && raw == null) {
      link = Urls.resolve(base, entry.getUri());
    }
    String guid = entry.getUri() == null || entry.getUri().isBlank() ? null : entry.getUri().strip();
    String contentBase = raw != null ? raw.contentBase() : base;
    String rawHtml = rawSummary();
    String summary = sanitizer.sanitize(rawHtml, contentBase != null ? contentBase : link);
    String title = HtmlSanitizer.text(entry.getTitle());
    if (title.isEmpty() && !summary.isEmpty()) {
      title = TitleFallback.fromSummary(summary);
    }
    Instant published;
    Instant updated;
    if (raw != null) {
      published = raw.published(warnings);
      updated = raw.updated(warnings);
    } else {
      published = toInstant(entry.getPublishedDate());
      updated = toInstant(entry.getUpdatedDate());
    }
    String image = raw != null ? raw.image() : null;
    if (image == null && rawHtml != null && rawHtml.contains("<img")) {
      String src = Jsoup.parseBodyFragment(rawHtml).select("img[src]").attr("src");
      if (!src.isBlank() && !src.startsWith("data:")) {
        image = Urls.resolve(contentBase != null ? contentBase : link, src);
      }
    }
    return new FeedEntry(guid, link, title, summary, authors(), categories(),
        published != null ? published : updated, updated, image, originalPublisher());
  }

  private String rawSummary() {
    SyndContent description = entry.getDescription();
    String html = description == null ? null : contentAsHtml(description);
    if ((html == null || html.isBlank()) && !entry.getContents().isEmpty()) {
      html = contentAsHtml(entry.getContents().get(0));
    }
    return html;
  }

  private static String contentAsHtml(SyndContent content) {
    String value = content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (value != null && ("text".equals(type) || "text/plain".equals(type))) {
      return "<p>" + org.jsoup.nodes.Entities.escape(value) + "</p>";
    }
    return value;
  }

  private List<String> authors() {
    Set<String> names = new LinkedHashSet<>();
    for (SyndPerson p : entry.getAuthors()) {
      addName(names, p.getName());
    }
    if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
      dc.getCreators().forEach(c -> addName(names, c));
    }
    if (names.isEmpty()) {
      addName(names, entry.getAuthor());
    }
    return List.copyOf(names);
  }

  private static void addName(Set<String> names, String rawName) {
    String name = HtmlSanitizer.text(rawName);
    // RSS <author> is formally an e-mail address: "jo@example.org (Jo Bloggs)" shows as "Jo Bloggs".
    int open = name.indexOf('(');
    if (name.contains("@") && open >= 0 && name.endsWith(")")) {
      name = name.substring(open + 1, name.length() - 1).strip();
    }
    if (!name.isEmpty() && !name.contains("@")) {
      names.add(name);
    }
  }

  private List<String> categories() {
    Set<String> names = new LinkedHashSet<>();
    for (SyndCategory c : entry.getCategories()) {
      String name = HtmlSanitizer.text(c.getName());
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private String originalPublisher() {
    if (entry.getSource() != null && entry.getSource().getTitle() != null && !entry.getSource().getTitle().isBlank()) {
      return HtmlSanitizer.text(entry.getSource().getTitle());
    }
    if (entry.getModule(DCModule.URI) instanceof DCModule dc && dc.getPublisher() != null
        && !dc.getPublisher().isBlank()) {
      return HtmlSanitizer.text(dc.getPublisher());
    }
    return null;
  }

  private Instant toInstant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }
}
