package dev.broadsheet.feed;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns feed entries of one source into articles, applying that source's config. */
public final class EntryMapper {
  private EntryMapper() {}

  /** The first {@code source.maxItems()} entries of {@code feed} as articles of {@code source}. */
  public static List<Article> toArticles(ParsedFeed feed, SourceConfig source) {
    List<Article> result = new ArrayList<>();
    for (FeedEntry e : feed.entries()) {
      if (result.size() >= source.maxItems()) {
        break;
      }
      result.add(toArticle(e, source));
    }
    return result;
  }

  static Article toArticle(FeedEntry e, SourceConfig source) {
    String publisher;
    String via;
    if (e.originalPublisher() != null && !e.originalPublisher().equals(source.name())
        && !e.originalPublisher().equals(source.publisher())) {
      // The item names its own publisher: the source only carried it.
      publisher = e.originalPublisher();
      via = source.via() != null ? source.via() : source.name();
    } else {
      publisher = source.publisher() != null ? source.publisher() : source.name();
      via = source.via();
    }
    if (via != null && via.equals(publisher)) {
      via = null;
    }
    Set<String> tags = new LinkedHashSet<>(source.tags());
    tags.addAll(e.categories());
    String title = e.title().isEmpty() ? "(untitled)" : e.title();
    return new Article(ArticleIds.of(e.link(), e.guid(), source.id()), e.link(), e.guid(), source.id(), title,
        publisher, via, source.section(), List.copyOf(tags), e.authors(), e.published(), e.updated(), null,
        e.summaryHtml().isEmpty() ? null : e.summaryHtml(), e.imageUrl());
  }
}
