package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.curate.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything besides HTML pages: the site's feeds (site, sections, sources, editions), the
 * sitemap, robots.txt and the search index ({@link SearchIndex}).
 */
final class SiteOutputs {
  private final SiteConfig config;
  private final TemplateHelpers helpers;
  private final Permalinker links;
  private final FeedWriter feeds;
  private final Messages messages;
  private final List<Problem> problems = new ArrayList<>();

  /** Whether the published file at a path may be kept because what it is made from did not change. */
  private final java.util.function.BiPredicate<String, Object> unchanged;

  SiteOutputs(SiteConfig config, TemplateHelpers helpers, Permalinker links) {
    this(config, helpers, links, (path, model) -> false);
  }

  /**
   * Outputs that keep a section's or source's published feed when {@code unchanged} says its
   * channel (all the feed is made from, besides the config) is the one it was made from.
   */
  SiteOutputs(SiteConfig config, TemplateHelpers helpers, Permalinker links,
      java.util.function.BiPredicate<String, Object> unchanged) {
    this.unchanged = unchanged;
    this.config = config;
    this.messages = helpers.messages();
    this.helpers = helpers;
    this.links = links;
    this.feeds = new FeedWriter(config, helpers);
  }

  /** The editions the editions feed carries: the latest. */
  static List<Edition> feedEditions(Digest digest) {
    return digest.editions().subList(0, Math.min(FeedWriter.MAX_ITEMS, digest.editions().size()));
  }

  /**
   * Feeds of the site, its sections and sources; {@code editionHtml} renders an edition for its
   * feed item. {@code periodChanged}: whether the site's editions had another period before. A
   * week's address is its Monday's, so an edition's item named by its address alone would have
   * the id a feed reader already holds for the other period's edition there, and would never be
   * shown. Its items' ids then name the period too.
   */
  List<RenderedFile> feeds(Digest digest, Function<Edition, String> editionHtml, boolean periodChanged) {
    List<RenderedFile> files = new ArrayList<>();
    List<FeedWriter.Entry> all = new ArrayList<>();
    for (SiteFeedStories.Shown shown : SiteFeedStories.of(digest)) {
      Story s = shown.story();
      FeedWriter.Entry entry = FeedWriter.entryOf(shown.item(), helpers.absolute(shown.item().path()), helpers);
      // A pick's note is on the picked report only, not on a later day's report of its story.
      all.add(s.pick() == null || shown.item() != s.lead() ? entry
          : FeedNote.of(s, config, helpers).on(entry, messages, config.title()));
    }
    FeedWriter.Channel site = new FeedWriter.Channel(config.title(), config.description(), "", all);
    add(files, "feed.xml", () -> feeds.rss(site, "feed.xml"));
    add(files, "atom.xml", () -> feeds.atom(site, "atom.xml"));
    add(files, "feed.json", () -> feeds.json(site, "feed.json"));
    // A pick (its note, its date) goes with its picked report wherever a feed carries it.
    Map<String, FeedNote> notes = new java.util.HashMap<>();
    for (Story s : digest.picks()) {
      if (s.pick() != null) {
        notes.put(s.lead().article().id(), FeedNote.of(s, config, helpers));
      }
    }
    // A source with nothing to list yet still has feeds: dated as the site's newest story, not 1970.
    Instant newest = digest.stories().isEmpty() ? null : digest.stories().get(0).time();
    for (Edition.Section section : digest.sections()) {
      String path = links.section(section.slug());
      List<Story.Item> leads = section.stories().stream().limit(FeedWriter.MAX_ITEMS).map(Story::lead).toList();
      channelFiles(files, path, List.of(section.name(), leads, notesOf(leads, notes)), () -> new FeedWriter.Channel(
          messages.text("feed.title", config.title(), section.name()), "", path, entries(leads, notes)));
    }
    for (SourceConfig source : config.sources()) {
      itemFeeds(files, links.source(source.id()), source.name(), digest.bySource().getOrDefault(source.id(), List.of()),
          notes, newest);
    }
    for (Digest.Tag tag : digest.tags()) {
      itemFeeds(files, links.tag(tag.slug()), tag.name(), tag.items(), notes, newest);
    }
    if (!digest.picks().isEmpty()) {
      // The editors' picks alone, with their notes: what a link digest's readers subscribed to.
      List<Story.Item> picked = digest.picks().stream().limit(FeedWriter.MAX_ITEMS).map(Story::lead).toList();
      String name = messages.text("picks.title");
      channelFiles(files, "picks/", List.of(name, picked, notesOf(picked, notes)), () -> new FeedWriter.Channel(
          messages.text("feed.title", config.title(), name), messages.text("picks.description"), "picks/",
          entries(picked, notes)));
    }
    List<Edition> latest = feedEditions(digest);
    String idEnd = periodChanged ? "#" + config.editions().period().name().toLowerCase(java.util.Locale.ROOT) : "";
    channelFiles(files, "editions/", idEnd.isEmpty() ? latest : List.of(latest, idEnd), () -> {
      List<FeedWriter.Entry> editions = new ArrayList<>();
      for (Edition e : latest) {
        // An edition is published as its day (or week) begins and changes with its newest report:
        // while it runs, its end lies ahead, and a feed reader must see it change as it grows, not
        // move its publication date.
        Instant start = e.date().atStartOfDay(config.timezone()).toInstant();
        Instant end = config.editions().period().after(e.date()).atStartOfDay(config.timezone()).toInstant();
        String url = helpers.absolute(e.path());
        editions.add(new FeedWriter.Entry(url + idEnd, config.title() + ", " + helpers.edition(e.date()), editionHtml.apply(e),
            url, url, start, newestReport(e, end), List.of(), config.title(), List.of(), null, true));
      }
      return new FeedWriter.Channel(messages.text("editions.feedTitle", config.title()),
          messages.text("editions.feedDescription"), "editions/", editions);
    });
    return files;
  }

  /**
   * When an edition last changed: its newest report from before {@code end}, or later a correction
   * its publisher dated of a report it shows, or a pick's note changed; else the moment before
   * {@code end}.
   */
  private static Instant newestReport(Edition e, Instant end) {
    Instant newest = lastChange(e, end);
    return newest != null ? newest : end.minusSeconds(1);
  }

  /**
   * When what an edition ending at {@code end} shows last changed: its newest report from before
   * its end, a later update its publisher gave one of those reports (a corrected headline), a
   * change to the note of a pick it shows, a report of its days taken off the site by a dated
   * pick; null when none has a time. A feed reader and a crawler see an edition change when it is
   * corrected, not only as it grows.
   */
  static Instant lastChange(Edition e, Instant end) {
    Instant newest = e.takenDown();
    for (Story s : e.listed()) {
      for (Story.Item i : s.reports()) {
        Instant t = i.article().effectiveTime();
        if (t != null && t.isBefore(end)) {
          newest = later(newest, FeedWriter.lastChanged(i.article()));
        }
      }
      if (s.pick() != null) {
        newest = later(newest, s.pick().changed());
      }
    }
    return newest;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  private List<FeedWriter.Entry> entries(List<Story.Item> items, Map<String, FeedNote> notes) {
    return items.stream().map(i -> {
      FeedWriter.Entry entry = FeedWriter.entryOf(i, helpers.absolute(i.path()), helpers);
      FeedNote note = notes.get(i.article().id());
      return note == null ? entry : note.on(entry, messages, config.title());
    }).toList();
  }

  /** The note of each item, "" for none: part of what a feed is made from, so a note's edit reaches it. */
  private static List<Object> notesOf(List<Story.Item> items, Map<String, FeedNote> notes) {
    return items.stream().map(i -> (Object) notes.getOrDefault(i.article().id(), null)).map(n -> n == null ? "" : n)
        .toList();
  }

  /** The feeds of a page listing articles (a source's, a tag's): its newest items; dated {@code whenEmpty} without any. */
  private void itemFeeds(List<RenderedFile> files, String path, String name, List<Story.Item> all,
      Map<String, FeedNote> notes, Instant whenEmpty) {
    List<Story.Item> items = all.stream().limit(FeedWriter.MAX_ITEMS).toList();
    // The date of an empty feed is part of what it is made from; a feed with items never shows it.
    Object empty = items.isEmpty() && whenEmpty != null ? whenEmpty : "";
    channelFiles(files, path, List.of(name, items, notesOf(items, notes), empty), () -> new FeedWriter.Channel(
        messages.text("feed.title", config.title(), name), "", path, entries(items, notes), whenEmpty));
  }

  /**
   * A section's, source's or the editions' RSS and Atom files. Whether they are unchanged is
   * decided by what the channel is made from ({@code model}: the stories' records, whose
   * fingerprints the pages share), so a kept feed never builds its entries (full texts).
   */
  private void channelFiles(List<RenderedFile> files, String folder, Object model, Supplier<FeedWriter.Channel> make) {
    String dir = folder.endsWith("/") ? folder : folder + "/";
    FeedWriter.Channel[] built = new FeedWriter.Channel[1];
    Supplier<FeedWriter.Channel> channel = () -> built[0] != null ? built[0] : (built[0] = make.get());
    if (unchanged.test(dir + "feed.xml", model)) {
      files.add(RenderedFile.kept(dir + "feed.xml"));
    } else {
      add(files, dir + "feed.xml", () -> feeds.rss(channel.get(), dir + "feed.xml"));
    }
    if (unchanged.test(dir + "atom.xml", model)) {
      files.add(RenderedFile.kept(dir + "atom.xml"));
    } else {
      add(files, dir + "atom.xml", () -> feeds.atom(channel.get(), dir + "atom.xml"));
    }
  }

  /** The sitemap, robots.txt and the search index with its parts, each part kept when its reports are. */
  List<RenderedFile> others(Digest digest, Map<String, Instant> pages) {
    List<RenderedFile> files = new ArrayList<>();
    try {
      files.addAll(sitemap(pages));
    } catch (RuntimeException e) {
      problems.add(problem("sitemap.xml", e));
    }
    add(files, "robots.txt", () -> robots().bytes());
    try {
      files.addAll(new SearchIndex(helpers, config.timezone()).write(digest.stories(), unchanged, this::published));
    } catch (RuntimeException e) {
      problems.add(problem(SearchIndex.PATH, e));
    }
    return files;
  }

  /** The bytes of the published file at {@code path}, or null when it cannot be read. */
  byte[] published(String path) {
    try {
      return java.nio.file.Files.readAllBytes(config.output().resolve(path));
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /**
   * The files that could not be made, each with its reason. Any one failing (a character the XML
   * writer refuses, say) must not keep the pages and the other feeds from being published.
   */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  private void add(List<RenderedFile> files, String path, Supplier<byte[]> bytes) {
    try {
      files.add(new RenderedFile(path, bytes.get()));
    } catch (RuntimeException e) {
      problems.add(problem(path, e));
    }
  }

  private Problem problem(String path, RuntimeException e) {
    String reason = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e.getCause() != null && e.getCause().getMessage() != null) {
      reason += ": " + e.getCause().getMessage();
    }
    return new Problem(config.output().resolve(path).toString(), "not written: " + reason);
  }

  /** {@code sitemap.xml} for every page; above 50,000 URLs, numbered parts and an index ({@link Sitemap}). */
  List<RenderedFile> sitemap(Map<String, Instant> pages) {
    return new Sitemap(helpers, config.timezone()).files(pages);
  }

  RenderedFile robots() {
    return Sitemap.robots(helpers);
  }
}
