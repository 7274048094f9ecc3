package dev.broadsheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.extract.ArticleExtractor;
import dev.broadsheet.extract.ExtractionStage;
import dev.broadsheet.extract.Extraction;
import dev.broadsheet.fetch.AddressPolicy;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.HttpFetcher;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import dev.broadsheet.store.StoreFiles;
import dev.broadsheet.text.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a new pick file, its front matter filled from the stored article or from its page. */
final class NewPick {
  private NewPick() {}

  static Path write(Path siteDir, String url, LocalDate date, boolean offline, Clock clock) {
    SiteConfig config = new ConfigLoader().load(siteDir);
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new BroadsheetException(new Problem(url, "a pick needs an http(s) URL"));
    }
    Article stored = new StoreFiles(config.siteDir().resolve("data")).load().articles()
        .get(ArticleIds.of(url, null, "picks"));
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("url", url);
    if (stored != null) {
      front.put("title", stored.title());
      if (stored.section() != null) {
        front.put("section", stored.section());
      }
    } else if (!offline) {
      Extraction page = fetch(config, url);
      if (page != null && page.title() != null) {
        front.put("title", page.title());
      }
    }
    LocalDate day = date != null ? date : LocalDate.now(clock.withZone(config.timezone()));
    front.put("date", day.toString());
    String title = (String) front.getOrDefault("title", java.net.URI.create(url).getHost());
    Path file = config.siteDir().resolve("picks").resolve(day + "-" + Slugs.of(title, 50) + ".md");
    if (Files.exists(file)) {
      throw new BroadsheetException(new Problem(file.toString(), "already exists; edit it, or remove it first"));
    }
    try {
      ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
      String text = "---\n" + yaml.writeValueAsString(front) + "---\n\n";
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static Extraction fetch(SiteConfig config, String url) {
    try (HttpFetcher http = new HttpFetcher(config.fetch(), AddressPolicy.of(config))) {
      FetchResult r = http.get("pick", url);
      if (r.status() != FetchResult.Status.OK) {
        return null;
      }
      return new ArticleExtractor().extract(ExtractionStage.decode(r.body(), r.contentType() == null ? ""
          : r.contentType().toLowerCase(java.util.Locale.ROOT)), r.documentUrl());
    }
  }
}
