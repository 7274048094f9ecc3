package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.Broadsheet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config that {@code init} writes lists every option with its default, as documentation. The
 * defaults themselves live in one place, the config records; this proves the written copy says
 * the same, so that neither can change alone.
 */
class InitConfigDefaultsTest {

  @Test
  void theInitConfigStatesExactlyTheDefaults(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir.resolve("full"), false);
    SiteConfig full = new ConfigLoader().load(dir.resolve("full"));
    Path minimalDir = Files.createDirectories(dir.resolve("minimal"));
    Files.writeString(minimalDir.resolve(SiteConfig.FILE_NAME), "title: T\nbaseUrl: https://example.org/\nsources:\n"
        + "  - id: example\n    name: Example News\n    url: feeds/example.xml\n    section: World\n"
        + "  - id: w3c\n    name: W3C News\n    url: https://www.w3.org/news/feed/\n    publisher: W3C\n"
        + "    section: Technology\n    tags: [standards]\n");
    SiteConfig minimal = new ConfigLoader().load(minimalDir);

    assertThat(full.fetch()).isEqualTo(minimal.fetch());
    assertThat(full.curation()).isEqualTo(minimal.curation());
    assertThat(full.permalinks()).isEqualTo(minimal.permalinks());
    EditionsConfig e = full.editions();
    assertThat(new EditionsConfig(e.period(), e.maxStories(), e.topStories(), minimal.editions().sections(),
        e.maxPerSection(), e.maxPerSource(), e.defaultSection())).as("editions, but for the example's own sections")
        .isEqualTo(minimal.editions());
    assertThat(full.language()).isEqualTo(minimal.language());
    // Switched to weekly editions, the starter config ranks over the week as a minimal one does.
    Path weekly = Files.createDirectories(dir.resolve("weekly"));
    Files.writeString(weekly.resolve(SiteConfig.FILE_NAME), Files.readString(dir.resolve("full").resolve(
        SiteConfig.FILE_NAME)).replace("period: daily", "period: weekly"));
    assertThat(new ConfigLoader().load(weekly).curation().halfLife()).isEqualTo(java.time.Duration.ofDays(14));
    assertThat(full.timezone()).isEqualTo(minimal.timezone());
    assertThat(full.pageSize()).isEqualTo(minimal.pageSize());
    assertThat(full.teaserLength()).isEqualTo(minimal.teaserLength());
    assertThat(full.relativeLinks()).isEqualTo(minimal.relativeLinks());
    assertThat(full.output().getFileName()).isEqualTo(minimal.output().getFileName());
    assertThat(full.sources()).isEqualTo(minimal.sources());
  }
}
