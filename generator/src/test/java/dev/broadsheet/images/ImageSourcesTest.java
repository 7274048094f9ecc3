package dev.broadsheet.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSourcesTest {
  @TempDir Path temp;

  private ImageSources sources(Path site) {
    return new ImageSources(site, 1 << 20, null);
  }

  @Test
  void readsAFileOfTheSiteFolder() throws Exception {
    Path site = Files.createDirectories(temp.resolve("site/images"));
    byte[] jpeg = TestImages.jpeg(400, 300);
    Files.write(site.resolve("quay.jpg"), jpeg);
    assertThat(sources(site.getParent()).file("images/quay.jpg")).isEqualTo(jpeg);
  }

  @Test
  void aLinkOutOfTheSiteFolderIsRefused() throws Exception {
    Path site = Files.createDirectories(temp.resolve("site/images"));
    Path secret = Files.writeString(temp.resolve("secret.txt"), "not for publishing");
    Files.createSymbolicLink(site.resolve("photo.jpg"), secret);
    assertThatThrownBy(() -> sources(site.getParent()).file("images/photo.jpg"))
        .hasMessage("the file images/photo.jpg is outside the site folder");
    assertThatThrownBy(() -> sources(site.getParent()).file("../secret.txt"))
        .hasMessage("the file ../secret.txt is outside the site folder");
  }

  @Test
  void aMissingOrTooLargeFileIsNamed() throws Exception {
    Path site = Files.createDirectories(temp.resolve("site"));
    assertThatThrownBy(() -> sources(site).file("images/none.jpg"))
        .hasMessage("no such file in the site folder: images/none.jpg");
    Files.write(site.resolve("big.jpg"), new byte[2 << 20]);
    assertThatThrownBy(() -> sources(site).file("big.jpg"))
        .hasMessage("the file is larger than images.maxBytes (1048576 bytes)");
  }

  @Test
  void onlyHttpAndHttpsAreWebAddresses() {
    assertThat(ImageSources.isWeb("https://x.example/a.jpg")).isTrue();
    assertThat(ImageSources.isWeb("HTTP://x.example/a.jpg")).isTrue();
    assertThat(ImageSources.isWeb("images/a.jpg")).isFalse();
    assertThat(ImageSources.isWeb("file:///etc/passwd")).isFalse();
  }
}
