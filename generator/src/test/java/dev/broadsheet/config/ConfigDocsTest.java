package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configuration reference must name every key the loader accepts, so the two cannot drift. */
class ConfigDocsTest {
  @Test
  void configurationReferenceDocumentsEveryKey() throws Exception {
    Path docs = Path.of("..", "docs", "configuration.md");
    String text = Files.readString(docs);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : List.of(RawConfig.class, RawConfig.RawSource.class, RawConfig.RawEditions.class,
        RawConfig.RawPermalinks.class, RawConfig.RawFetch.class, RawConfig.RawCuration.class,
        RawConfig.RawImages.class)) {
      for (var component : type.getRecordComponents()) {
        if (!text.contains("`" + component.getName() + "`")) {
          missing.add(type.getSimpleName() + "." + component.getName());
        }
      }
    }
    assertThat(missing).as("keys missing from docs/configuration.md").isEmpty();
  }

  @Test
  void theInitConfigShowsEveryKey() throws Exception {
    String text = new String(ConfigDocsTest.class.getResourceAsStream("/dev/broadsheet/init/broadsheet.yaml")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : List.of(RawConfig.class, RawConfig.RawSource.class, RawConfig.RawEditions.class,
        RawConfig.RawPermalinks.class, RawConfig.RawFetch.class, RawConfig.RawCuration.class,
        RawConfig.RawImages.class)) {
      for (var component : type.getRecordComponents()) {
        if (!text.matches("(?s).*\\b" + component.getName() + ":.*")) {
          missing.add(type.getSimpleName() + "." + component.getName());
        }
      }
    }
    assertThat(missing).as("keys missing from the init config").isEmpty();
    new ConfigLoader().parse(text, Path.of("/tmp/site"), "broadsheet.yaml");
  }
}
