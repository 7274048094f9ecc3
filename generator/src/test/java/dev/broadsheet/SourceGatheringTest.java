package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.feed.SourceReading;
import dev.broadsheet.fetch.SourceFetcher;
import dev.broadsheet.store.StoreSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each feed is read as it is fetched; the outcomes and the report keep the config's order, whatever finishes first. */
class SourceGatheringTest {
  @Test
  void feedsReadAsTheyAreFetchedComeOutInTheConfigsOrderAndEveryOneIsCounted(@TempDir Path site) throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    StringBuilder yaml = new StringBuilder("title: T\nbaseUrl: https://e.org/\nsources:\n");
    for (int i = 0; i < 12; i++) {
      String body = i == 5 ? "<rss><channel><item>cut off" : "<rss version=\"2.0\"><channel><title>F" + i + "</title>"
          + "<item><title>Item " + i + "</title><link>https://f" + i + ".example/a</link></item></channel></rss>";
      Files.writeString(site.resolve("feeds/f" + i + ".xml"), body);
      yaml.append("  - {id: f").append(i).append(", name: F").append(i).append(", url: feeds/f").append(i).append(".xml}\n");
    }
    yaml.append("  - {id: gone, name: Gone, url: feeds/gone.xml}\n");
    Files.writeString(site.resolve("broadsheet.yaml"), yaml.toString());
    SiteConfig config = new ConfigLoader().load(site);
    List<Problem> problems = new ArrayList<>();
    List<int[]> progress = new CopyOnWriteArrayList<>();
    SourceGathering gathering = new SourceGathering(config, true, problems);

    List<SourceReading.Outcome> outcomes = gathering.fetchAndRead(new SourceFetcher(config), StoreSnapshot.empty(),
        (done, total) -> progress.add(new int[] {done, total}));

    assertThat(outcomes).extracting(o -> o.source().id()).containsExactly("f0", "f1", "f2", "f3", "f4", "f5", "f6",
        "f7", "f8", "f9", "f10", "f11", "gone");
    assertThat(outcomes.get(0).articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Item 0"));
    assertThat(outcomes.get(12).status()).isEqualTo(SourceReading.Status.FAILED);
    assertThat(gathering.sources().ok() + gathering.sources().failed()).isEqualTo(13);
    assertThat(progress).hasSize(13).anySatisfy(p -> assertThat(p).containsExactly(13, 13));
    assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("feeds/gone.xml"));
  }
}
