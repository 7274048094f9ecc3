package dev.broadsheet.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCacheTest {
  private static final String URL = "https://cdn.example/photo.jpg";
  private static final String SETTINGS = "widths=[320, 640] maxBytes=5242880 maxPixels=40000000";
  @TempDir Path dir;

  private final List<Rendition> renditions = List.of(new Rendition(320, 180, new byte[] {1, 2, 3}),
      new Rendition(640, 360, new byte[] {4, 5, 6, 7}));

  @Test
  void storedRenditionsComeBackOnlyForTheSameReferenceAndSettings() throws Exception {
    ImageCache cache = new ImageCache(dir);
    String key = ImageCache.key(URL);
    cache.store(key, URL, SETTINGS, "jpg", renditions);
    ImageCache.Entry entry = cache.load(key, URL, SETTINGS).orElseThrow();
    assertThat(entry.rejected()).isNull();
    assertThat(entry.renditions()).extracting(Rendition::width).containsExactly(320, 640);
    assertThat(entry.renditions().get(1).bytes()).containsExactly(4, 5, 6, 7);
    assertThat(cache.has(key, URL, SETTINGS)).isTrue();
    assertThat(cache.load(key, URL, "widths=[320, 640, 1280] maxBytes=5242880 maxPixels=40000000")).isEmpty();
    assertThat(cache.load(key, "https://cdn.example/other.jpg", SETTINGS)).isEmpty();
  }

  @Test
  void aDamagedOrHalfWrittenEntryCountsAsMissing() throws Exception {
    ImageCache cache = new ImageCache(dir);
    String key = ImageCache.key(URL);
    cache.store(key, URL, SETTINGS, "jpg", renditions);
    Files.write(dir.resolve(key + "-640.jpg"), new byte[] {4, 5});
    assertThat(cache.load(key, URL, SETTINGS)).isEmpty();
    Files.delete(dir.resolve(key + "-640.jpg"));
    assertThat(cache.load(key, URL, SETTINGS)).isEmpty();
    Files.writeString(dir.resolve(key + ".txt"), "garbage");
    assertThat(cache.load(key, URL, SETTINGS)).isEmpty();
    assertThat(cache.has(key, URL, SETTINGS)).isFalse();
  }

  @Test
  void aRejectionIsRememberedWithItsReason() throws Exception {
    ImageCache cache = new ImageCache(dir);
    String key = ImageCache.key(URL);
    cache.reject(key, URL, SETTINGS, "the server sent text/html, not an image");
    assertThat(cache.load(key, URL, SETTINGS).orElseThrow().rejected())
        .isEqualTo("the server sent text/html, not an image");
  }

  @Test
  void pruningRemovesOnlyItsOwnFilesOfImagesNoLongerShown() throws Exception {
    ImageCache cache = new ImageCache(dir);
    String kept = ImageCache.key(URL);
    String gone = ImageCache.key("https://cdn.example/old.jpg");
    cache.store(kept, URL, SETTINGS, "jpg", renditions);
    cache.store(gone, "https://cdn.example/old.jpg", SETTINGS, "png", renditions);
    Files.writeString(dir.resolve("README.txt"), "mine");
    assertThat(cache.prune(Set.of(kept))).isEqualTo(3);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrder("README.txt",
          kept + "-320.jpg", kept + "-640.jpg", kept + ".txt");
    }
  }
}
