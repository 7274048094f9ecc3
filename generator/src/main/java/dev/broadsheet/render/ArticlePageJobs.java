package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.curate.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The article pages' jobs (see {@link PageJobs}): one per report of every story, showing the
 * article, its story's other outlets, its related stories and its edition's top stories and picks.
 */
final class ArticlePageJobs {
  /** How many of its edition's top stories and picks an article page lists beside its related stories. */
  static final int EDITION_BLOCK = 5;

  private final SiteConfig config;
  private final Permalinker links;
  private final TemplateHelpers helpers;

  ArticlePageJobs(SiteConfig config, Permalinker links, TemplateHelpers helpers) {
    this.config = config;
    this.links = links;
    this.helpers = helpers;
  }

  /** Adds a job per article page to {@code jobs}, and each page's date to {@code sitemap}, in the stories' order. */
  void add(Digest digest, List<PageJobs.Job> jobs, Map<String, Instant> sitemap) {
    Map<String, Story> storyById = new HashMap<>();
    digest.stories().forEach(s -> storyById.put(s.id(), s));
    ArticleEditions editionOf = new ArticleEditions(digest, config);
    // A section is named as its page names it (the configured spelling, else the most used one).
    Map<String, String> sectionNames = new HashMap<>();
    digest.sections().forEach(sec -> sectionNames.put(sec.slug(), sec.name()));
    // A dozen sections for a hundred thousand pages: a slug is worked out once per name.
    Map<String, String> slugs = new java.util.concurrent.ConcurrentHashMap<>();
    // An article page's job is independent of the others': made side by side, in order.
    record ArticleJob(PageJobs.Job job, Instant lastmod, boolean indexed) {}
    List<List<ArticleJob>> prepared = digest.stories().parallelStream().map(story -> {
      List<Story.Item> members = new ArrayList<>();
      members.add(story.lead());
      members.addAll(story.alsoReportedBy());
      List<Story> related = story.related().stream().map(storyById::get).filter(Objects::nonNull).toList();
      List<ArticleJob> made = new ArrayList<>();
      for (Story.Item item : members) {
        Edition edition = editionOf.of(story, item);
        // Each story shows once beside the article: related first, then top stories, then picks.
        Set<String> shown = new HashSet<>(story.related());
        shown.add(story.id());
        List<Story> top = edition == null ? List.of() : others(edition.topStories(), shown);
        List<Story> picks = edition == null ? List.of() : others(edition.picks(), shown);
        String sourceId = item.article().sourceId();
        boolean fullText = helpers.showsFullText(item.article());
        String section = helpers.section(item.article());
        String slug = section == null ? Edition.sectionSlug(null) : slugs.computeIfAbsent(section, Edition::sectionSlug);
        Views.ArticlePage view = new Views.ArticlePage(item, story, fullText, helpers.sourceName(sourceId),
            helpers.sourcePath(sourceId), sectionNames.getOrDefault(slug, section),
            links.section(slug),
            edition == null ? null : edition.path(), edition == null ? null : edition.date(), related, top, picks);
        Views.Page page = new Views.Page("article", item.path(), item.article().title(), null,
            helpers.absolute(item.path()), null, null, List.of());
        // The teaser, image and structured data read only the item (in the model) and the config
        // (in every page's stamp): they need not be in the fingerprint, nor made for a kept page.
        made.add(new ArticleJob(new PageJobs.Job(item.path(), "article.ftlh", page, Map.of("article", view),
            p -> new Views.Page(p.kind(), p.path(), p.title(), description(story, item), p.canonicalUrl(),
                helpers.previewImage(item.article()), JsonLd.article(item, p.canonicalUrl(), helpers,
                    item == story.lead() && story.pick() != null && story.pick().title() != null), p.feeds())),
            lastChanged(story, item), !helpers.copiesWholeText(item.article())));
      }
      return made;
    }).toList();
    // Added one by one in the stories' order, as the sitemap lists them.
    for (List<ArticleJob> story : prepared) {
      for (ArticleJob a : story) {
        if (a.indexed()) {
          sitemap.put(a.job().path(), a.lastmod());
        }
        jobs.add(a.job());
      }
    }
  }

  /**
   * What a page's description says of its article: the summary's opening, else, for a picked
   * article its publisher gave none, the editor's note's (search results and link previews showed nothing).
   */
  private String description(Story story, Story.Item item) {
    String teaser = helpers.shortTeaser(item.article());
    if (!teaser.isEmpty() || story.pick() == null || item != story.lead() || story.pick().noteHtml() == null) {
      return teaser;
    }
    return Teasers.cut(PlainText.of(story.pick().noteHtml()).replaceAll("\\s+", " ").strip(), 160);
  }

  /** When an article page last changed, for the sitemap: its publisher's update, or the day its report was picked. */
  private static Instant lastChanged(Story story, Story.Item item) {
    Instant changed = FeedWriter.lastChanged(item.article());
    Instant picked = story.pick() != null && item == story.lead() ? story.pick().changed() : null;
    return picked != null && (changed == null || picked.isAfter(changed)) ? picked : changed;
  }

  /** Up to {@link #EDITION_BLOCK} of {@code stories} not yet {@code shown}, which then counts them as shown. */
  private static List<Story> others(List<Story> stories, Set<String> shown) {
    List<Story> result = stories.stream().filter(s -> !shown.contains(s.id())).limit(EDITION_BLOCK).toList();
    result.forEach(s -> shown.add(s.id()));
    return result;
  }
}
