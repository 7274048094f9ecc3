package dev.broadsheet;

import dev.broadsheet.config.FetchConfig;
import dev.broadsheet.extract.ArticleExtractor;
import dev.broadsheet.extract.ExtractionStage;
import dev.broadsheet.feed.FeedContext;
import dev.broadsheet.feed.FeedReader;
import dev.broadsheet.feed.FeedReport;
import dev.broadsheet.fetch.AddressPolicy;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.HttpFetcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One feed or one page at a time, outside any site: what {@code broadsheet feed} and {@code
 * broadsheet extract} show. Fetched, decoded and read exactly as a build does, so that what they
 * show is what a build would store.
 */
final class Inspection {
  private final FetchConfig fetch = FetchConfig.defaults();
  private final List<String> inputs;

  Inspection(List<String> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  List<FeedReport> feeds(ZoneId zone) {
    FeedReader reader = new FeedReader();
    List<FeedReport> reports = new ArrayList<>();
    try (HttpFetcher http = new HttpFetcher(fetch, typedUrlsAllowed())) {
      for (String input : inputs) {
        Fetched f = fetch(http, input);
        reports.add(f.error() != null ? FeedReport.failed(input, f.error())
            : FeedReport.of(input, f.body(), new FeedContext(f.contentType(), f.url(), f.contentLocation(), zone,
                fetch.maxBytes()), reader));
      }
    }
    return reports;
  }

  List<PageExtraction> pages() {
    ArticleExtractor extractor = new ArticleExtractor();
    List<PageExtraction> pages = new ArrayList<>();
    try (HttpFetcher http = new HttpFetcher(fetch, typedUrlsAllowed())) {
      for (String input : inputs) {
        Fetched f = fetch(http, input);
        String error = f.error() != null ? f.error() : ExtractionStage.notHtml(f.contentType());
        pages.add(error != null ? new PageExtraction(input, null, error)
            : new PageExtraction(input, extractor.extract(ExtractionStage.decode(f.body(), f.contentType()), f.url()),
                null));
      }
    }
    return pages;
  }

  private static Fetched fetch(HttpFetcher http, String input) {
    if (input.startsWith("http://") || input.startsWith("https://")) {
      FetchResult r = http.get(dev.broadsheet.fetch.Requester.EDITOR, input);
      return r.status() == FetchResult.Status.OK
          ? new Fetched(r.body(), r.contentType(), r.documentUrl(), r.contentLocation(), null)
          : new Fetched(null, null, null, null, r.error());
    }
    try {
      return new Fetched(Files.readAllBytes(Path.of(input)), null, null, null, null);
    } catch (NoSuchFileException e) {
      return new Fetched(null, null, null, null, "no such file");
    } catch (IOException e) {
      return new Fetched(null, null, null, null, "cannot read: " + e.getMessage());
    }
  }

  /**
   * Public addresses, plus the host and port of each URL typed on the command line: typing one is
   * as deliberate as declaring a local source. Redirects from it to anywhere else are still checked.
   */
  private AddressPolicy typedUrlsAllowed() {
    AddressPolicy policy = AddressPolicy.publicOnly();
    for (String input : inputs) {
      policy = policy.allowing(input);
    }
    return policy;
  }

  private record Fetched(byte[] body, String contentType, String url, String contentLocation, String error) {}
}
