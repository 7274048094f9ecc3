package dev.broadsheet.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns the bytes of an image into its renditions: the header is read first and an image with too
 * many pixels is refused before a pixel is decoded; a much larger image is decoded subsampled, so
 * memory follows the widest rendition, not the original; each width is reached by bilinear steps
 * of at most a half (a single big step would alias; Java2D's bicubic costs four times as much for
 * no visible gain at these ratios), widest first, each from the one before; opaque images become
 * JPEG, images with transparent pixels PNG. The JDK's encoders write no time or random bytes, so
 * the same input always gives the same files. Stateless; safe to share between threads.
 *
 * @param maxPixels the most pixels (width × height) an image may have
 */
record ImageProcessor(long maxPixels) {
  /** Smaller than this is an icon, a logo or a tracking pixel, not a lead image. */
  static final int MIN_WIDTH = 120;
  static final int MIN_HEIGHT = 60;
  static final float JPEG_QUALITY = 0.82f;

  /** The renditions of {@code bytes} at {@code widths} (ascending), never wider than the image itself. */
  List<Rendition> process(byte[] bytes, List<Integer> widths) throws ImageRejected {
    BufferedImage image = decode(bytes, widths.get(widths.size() - 1));
    boolean transparent = hasTransparency(image);
    BufferedImage base = normalised(image, transparent);
    List<Integer> targets = targets(base.getWidth(), widths);
    Rendition[] out = new Rendition[targets.size()];
    // Widest first, each made from the one before: 1280 → 640 → 320 is two exact halvings.
    BufferedImage source = base;
    for (int i = targets.size() - 1; i >= 0; i--) {
      source = resize(source, targets.get(i));
      out[i] = new Rendition(source.getWidth(), source.getHeight(), encode(source, transparent));
    }
    return List.of(out);
  }

  /** The configured widths below the image's width, and its own width when the largest is above it. */
  static List<Integer> targets(int imageWidth, List<Integer> widths) {
    List<Integer> targets = new ArrayList<>();
    for (int w : widths) {
      if (w < imageWidth) {
        targets.add(w);
      }
    }
    if (targets.size() < widths.size()) {
      targets.add(imageWidth);
    }
    return targets;
  }

  private BufferedImage decode(byte[] bytes, int widest) throws ImageRejected {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = readerFor(in);
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width * height > maxPixels) {
          throw new ImageRejected(width + "×" + height + " pixels is more than images.maxPixels (" + maxPixels + ")",
              true);
        }
        if (width < MIN_WIDTH || height < MIN_HEIGHT) {
          throw new ImageRejected(width + "×" + height + " pixels is too small for a lead image (an icon or a"
              + " tracking pixel?); at least " + MIN_WIDTH + "×" + MIN_HEIGHT + " is needed", true);
        }
        ImageReadParam param = reader.getDefaultReadParam();
        // Decoding every pixel of a 6000-pixel photo to make a 1280-pixel copy wastes memory:
        // skipping rows and columns down to twice the widest rendition keeps enough for a smooth result.
        int step = (int) Math.max(1, width / (2L * widest));
        param.setSourceSubsampling(step, step, 0, 0);
        return ExifOrientation.upright(reader.read(0, param), ExifOrientation.of(reader));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new ImageRejected("cannot be decoded as an image: " + describe(e), true);
    }
  }

  /**
   * TwelveMonkeys' JPEG and WebP readers first, then whatever else ImageIO has (PNG, GIF, BMP).
   * They are looked up, and registered if missing, in ImageIO's JVM-wide registry: that is where
   * TwelveMonkeys finds the JDK reader it delegates to, and ImageIO scans the class path only
   * through the class loader that first touched it (a Maven plugin's may not see ours).
   * Registering twice keeps one instance, so this is safe from any thread and any build.
   */
  private static ImageReader readerFor(ImageInputStream in) throws IOException, ImageRejected {
    IIORegistry registry = IIORegistry.getDefaultInstance();
    for (ImageReaderSpi own : List.of(new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi(),
        new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi())) {
      ImageReaderSpi spi = registry.getServiceProviderByClass(own.getClass());
      if (spi == null) {
        registry.registerServiceProvider(own, ImageReaderSpi.class);
        spi = registry.getServiceProviderByClass(own.getClass());
      }
      if (spi != null && spi.canDecodeInput(in)) {
        return spi.createReaderInstance();
      }
    }
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new ImageRejected("not an image in a format Broadsheet reads (JPEG, PNG, GIF, WebP, BMP)", true);
    }
    return readers.next();
  }

  private static boolean hasTransparency(BufferedImage image) {
    if (!image.getColorModel().hasAlpha()) {
      return false;
    }
    int[] row = new int[image.getWidth()];
    for (int y = 0; y < image.getHeight(); y++) {
      image.getRGB(0, y, row.length, 1, row, 0, row.length);
      for (int argb : row) {
        if ((argb >>> 24) != 0xff) {
          return true;
        }
      }
    }
    return false;
  }

  /** The image as 8-bit RGB (or ARGB): grey, indexed and 16-bit images are drawn into one. */
  private static BufferedImage normalised(BufferedImage image, boolean alpha) {
    int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    if (image.getType() == type) {
      return image;
    }
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
    Graphics2D g = copy.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return copy;
  }

  private static BufferedImage resize(BufferedImage image, int width) {
    BufferedImage current = image;
    while (current.getWidth() / 2 >= width) {
      current = draw(current, current.getWidth() / 2);
    }
    return current.getWidth() == width ? current : draw(current, width);
  }

  private static BufferedImage draw(BufferedImage from, int width) {
    int height = (int) Math.max(1, Math.round((double) from.getHeight() * width / from.getWidth()));
    BufferedImage to = new BufferedImage(width, height, from.getType());
    Graphics2D g = to.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(from, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return to;
  }

  private static byte[] encode(BufferedImage image, boolean png) {
    ImageWriter writer = jdkWriter(png ? "png" : "jpeg");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (!png) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot encode an image in memory", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The JDK's own writer, so the bytes do not depend on which other ImageIO plugins are on the class path. */
  private static ImageWriter jdkWriter(String format) {
    ImageWriter fallback = null;
    for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format); it.hasNext(); ) {
      ImageWriter w = it.next();
      if (w.getClass().getName().startsWith("com.sun.imageio.")) {
        return w;
      }
      fallback = fallback == null ? w : fallback;
    }
    if (fallback == null) {
      throw new IllegalStateException("this JDK has no " + format + " writer");
    }
    return fallback;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
  }
}
