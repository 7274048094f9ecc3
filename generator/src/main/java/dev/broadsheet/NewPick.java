package dev.broadsheet;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Slugs;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.extract.ArticleExtractor;
import dev.broadsheet.extract.Extraction;
import dev.broadsheet.extract.ExtractionStage;
import dev.broadsheet.fetch.AddressPolicy;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.HttpFetcher;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import dev.broadsheet.store.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a new pick file, its front matter filled from the stored article or from its page: the
 * headline, the section, and the date of the article (so the pick lands in the article's edition,
 * not alone in today's). A stored article's headline and section are written as comments: set in
 * the pick they would hide every later correction its feed makes. What cannot be known is left for
 * the editor and said so.
 */
final class NewPick {
  private NewPick() {}

  static PickFile write(Path siteDir, String url, LocalDate date, boolean offline, Clock clock) {
    SiteConfig config = new ConfigLoader().load(siteDir);
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new BroadsheetException(new Problem(url, "a pick needs an http(s) URL"));
    }
    // A second pick of one URL would be refused by the build ("only the first counts"): said now.
    String link = ArticleIds.normalizeLink(url);
    for (dev.broadsheet.picks.Pick earlier : new dev.broadsheet.picks.ContentLoader(siteDir, config.timezone()).picks()
        .items()) {
      if (earlier.url() != null && ArticleIds.normalizeLink(earlier.url()).equals(link)) {
        throw new BroadsheetException(new Problem(earlier.file(), "already picks " + url
            + "; edit this pick (its note, its date) instead of writing another"));
      }
    }
    Article stored = stored(config, url);
    String title = null;
    String section = null;
    String siteName = null;
    Instant published = null;
    String unknownWhy = null;
    if (stored != null) {
      title = stored.title();
      section = stored.section();
      published = stored.effectiveTime();
      // An earlier pick's article names its publisher, unless only by its host.
      siteName = stored.publisher() != null && !stored.publisher().equals(dev.broadsheet.curate.PickApplier.hostOf(url))
          ? stored.publisher() : null;
    } else if (offline) {
      unknownWhy = "no source carries this URL and its page was not fetched (offline)";
    } else if (dev.broadsheet.base.Urls.isReservedExample(url)) {
      unknownWhy = "no source carries this URL, and a name reserved for examples holds no page to read";
    } else {
      Read read = fetch(config, url);
      Extraction page = read.page();
      if (page == null || page.title() == null) {
        // Why, in the fetch's own words: a refused private address names the setting that allows it.
        unknownWhy = "no source carries this URL and its page could not be read"
            + (read.error() != null ? ": " + read.error() : page == null ? "" : ": it names no headline");
      } else {
        title = page.title();
        section = page.section();
        siteName = page.siteName();
        published = page.published();
      }
    }
    LocalDate day = date != null ? date
        : published != null ? published.atZone(config.timezone()).toLocalDate()
        : LocalDate.now(clock.withZone(config.timezone()));
    // A headline with no letter a slug keeps (Chinese) names the file by its site, as one without a headline.
    String byTitle = title != null ? Slugs.ofOrNull(title, 50) : null;
    String name = byTitle != null ? byTitle : Slugs.of(java.net.URI.create(url).getHost(), 50);
    Path file = config.siteDir().resolve("picks").resolve(day + "-" + name + ".md");
    if (Files.exists(file)) {
      throw new BroadsheetException(new Problem(file.toString(), "already exists; edit it, or remove it first"));
    }
    StringBuilder text = new StringBuilder("---\n").append("url: ").append(quoted(url)).append('\n');
    List<String> missing = new ArrayList<>();
    boolean fromFeed = stored != null && stored.sourceId() != null;
    if (fromFeed) {
      // A source carries it: its headline and section follow the feed, corrections included. Written
      // as comments, so the editor sees them and takes one over by deleting the '#' alone.
      if (title != null) {
        text.append("#title: ").append(quoted(title)).append("   # the feed's; delete the first # to replace it\n");
      }
      if (section != null) {
        text.append("#section: ").append(quoted(section)).append('\n');
      }
    } else if (title != null) {
      text.append("title: ").append(quoted(title)).append('\n');
    } else {
      text.append("title: \"\"   # fill in: ").append(unknownWhy).append('\n');
      missing.add("title (" + unknownWhy + ")");
    }
    if (!fromFeed && section != null) {
      text.append("section: ").append(quoted(section)).append('\n');
    }
    if (!fromFeed) {
      // No source names who published it: the page's own name when it gives one, else the editor's.
      text.append(siteName != null && !siteName.isBlank() ? "publisher: " + quoted(siteName) + "\n"
          : "publisher: \"\"   # who published it (empty: the name its page gives, if any)\n");
    }
    text.append("date: ").append(day).append('\n').append("---\n\n");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return new PickFile(file, missing);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The stored article at this URL, however its link was written (tracking parameters, http or https, AMP). */
  private static Article stored(SiteConfig config, String url) {
    String wanted = ArticleIds.normalizeLink(url);
    for (Article a : new StoreFiles(config.siteDir().resolve("data")).load().articles().values()) {
      if (a.url() != null && ArticleIds.normalizeLink(a.url()).equals(wanted)) {
        return a;
      }
    }
    return null;
  }

  /** A YAML double-quoted scalar: any title is safe in it. */
  private static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A page read for a pick: what was extracted from it, or why it could not be read. */
  private record Read(Extraction page, String error) {}

  /** The page at {@code url}, its dates without a zone read in the site's, whose day the pick is dated by. */
  private static Read fetch(SiteConfig config, String url) {
    try (HttpFetcher http = new HttpFetcher(config.fetch(), AddressPolicy.of(config))) {
      FetchResult r = http.get(dev.broadsheet.fetch.Requester.EDITOR, url);
      if (r.status() != FetchResult.Status.OK) {
        return new Read(null, r.error());
      }
      return new Read(new ArticleExtractor().extract(ExtractionStage.decode(r.body(), r.contentType() == null ? ""
          : r.contentType().toLowerCase(java.util.Locale.ROOT)), r.documentUrl(), config.timezone()), null);
    }
  }
}
