package dev.broadsheet.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageProcessorTest {
  private static final List<Integer> WIDTHS = List.of(320, 640, 1280);
  private final ImageProcessor processor = new ImageProcessor(40_000_000L);

  private static BufferedImage decode(byte[] bytes) throws Exception {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }

  @Test
  void aWideImageGetsEveryConfiguredWidthWithItsAspectRatio() throws Exception {
    List<Rendition> out = processor.process(TestImages.jpeg(2000, 1000), WIDTHS);
    assertThat(out).extracting(Rendition::width).containsExactly(320, 640, 1280);
    assertThat(out).extracting(Rendition::height).containsExactly(160, 320, 640);
    for (Rendition r : out) {
      BufferedImage decoded = decode(r.bytes());
      assertThat(decoded.getWidth()).isEqualTo(r.width());
      assertThat(decoded.getHeight()).isEqualTo(r.height());
    }
  }

  @Test
  void aSmallerImageIsNeverEnlargedAndKeepsItsOwnWidth() throws Exception {
    assertThat(processor.process(TestImages.jpeg(800, 400), WIDTHS)).extracting(Rendition::width)
        .containsExactly(320, 640, 800);
    assertThat(processor.process(TestImages.jpeg(300, 200), WIDTHS)).extracting(Rendition::width)
        .containsExactly(300);
    assertThat(processor.process(TestImages.jpeg(640, 480), WIDTHS)).extracting(Rendition::width)
        .containsExactly(320, 640);
  }

  @Test
  void aHugeImageIsDecodedSubsampledAndStillGetsItsWidths() throws Exception {
    List<Rendition> out = processor.process(TestImages.jpeg(6000, 3000), WIDTHS);
    assertThat(out).extracting(Rendition::width).containsExactly(320, 640, 1280);
    assertThat(out).extracting(Rendition::height).containsExactly(160, 320, 640);
  }

  @Test
  void transparentImagesStayPngAndOpaqueOnesBecomeJpeg() throws Exception {
    byte[] transparent = processor.process(TestImages.png(400, 300, true), WIDTHS).get(0).bytes();
    assertThat(transparent).startsWith(0x89, 'P', 'N', 'G');
    assertThat(decode(transparent).getColorModel().hasAlpha()).isTrue();
    byte[] opaque = processor.process(TestImages.png(400, 300, false), WIDTHS).get(0).bytes();
    assertThat(opaque).startsWith(0xff, 0xd8);
    byte[] grey = processor.process(TestImages.greyPng(400, 300), WIDTHS).get(0).bytes();
    assertThat(grey).startsWith(0xff, 0xd8);
  }

  @Test
  void theSameImageGivesTheSameBytesEveryTime() throws Exception {
    byte[] source = TestImages.jpeg(1500, 900);
    List<Rendition> first = processor.process(source, WIDTHS);
    List<Rendition> second = new ImageProcessor(40_000_000L).process(source.clone(), WIDTHS);
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).bytes()).isEqualTo(first.get(i).bytes());
    }
  }

  @Test
  void tooManyPixelsIsRefusedFromTheHeaderBeforeDecoding() {
    // 50,000 × 50,000 would need 10 GB decoded; the file is 60 bytes and its pixels a stub.
    assertThatThrownBy(() -> processor.process(TestImages.pngClaiming(50_000, 50_000), WIDTHS))
        .isInstanceOf(ImageRejected.class)
        .hasMessage("50000×50000 pixels is more than images.maxPixels (40000000)")
        .satisfies(e -> assertThat(((ImageRejected) e).lasting()).isTrue());
    assertThatThrownBy(() -> new ImageProcessor(100_000).process(TestImages.jpeg(400, 300), WIDTHS))
        .hasMessageContaining("more than images.maxPixels (100000)");
  }

  @Test
  void bytesThatAreNotAnImageAreRefused() {
    assertThatThrownBy(() -> processor.process("<!DOCTYPE html><title>Not found</title>".getBytes(), WIDTHS))
        .isInstanceOf(ImageRejected.class).hasMessageStartingWith("not an image");
    byte[] truncated = java.util.Arrays.copyOf(TestImages.jpeg(800, 600), 200);
    assertThatThrownBy(() -> processor.process(truncated, WIDTHS)).isInstanceOf(ImageRejected.class)
        .hasMessageStartingWith("cannot be decoded as an image");
  }

  @Test
  void iconsAndTrackingPixelsAreNotLeadImages() {
    assertThatThrownBy(() -> processor.process(TestImages.png(1, 1, false), WIDTHS))
        .hasMessageContaining("too small for a lead image");
    assertThatThrownBy(() -> processor.process(TestImages.png(64, 64, false), WIDTHS))
        .hasMessageContaining("too small for a lead image");
  }

  @Test
  void aPhoneJpegIsTurnedUprightAsItsExifOrientationSays() throws Exception {
    // Stored 400 × 300 with "rotate 90° clockwise": shown 300 × 400, the red left half on top.
    Rendition turned = processor.process(TestImages.jpegWithOrientation(400, 300, 6), WIDTHS).get(0);
    assertThat(turned.width()).isEqualTo(300);
    assertThat(turned.height()).isEqualTo(400);
    BufferedImage image = decode(turned.bytes());
    assertThat(new java.awt.Color(image.getRGB(150, 50)).getRed()).isGreaterThan(200);
    assertThat(new java.awt.Color(image.getRGB(150, 350)).getBlue()).isGreaterThan(200);
    // "Rotate 90° counter-clockwise" puts the blue right half on top; "upright" changes nothing.
    BufferedImage left = decode(processor.process(TestImages.jpegWithOrientation(400, 300, 8), WIDTHS).get(0).bytes());
    assertThat(new java.awt.Color(left.getRGB(150, 50)).getBlue()).isGreaterThan(200);
    Rendition upright = processor.process(TestImages.jpegWithOrientation(400, 300, 1), WIDTHS).get(0);
    assertThat(upright.width()).isEqualTo(320);
    assertThat(upright.height()).isEqualTo(240);
  }
}
