package dev.broadsheet.images;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.NodeList;

/**
 * The EXIF orientation of a JPEG, and the image turned upright by it. A phone stores a portrait
 * photo as landscape pixels with "rotate 90°" in its EXIF block; browsers honour that, but the
 * renditions carry no metadata, so the turn must be made in the pixels or the photo would show
 * on its side. Only the orientation tag of the first IFD is read, by hand: it is four fields.
 */
final class ExifOrientation {
  private static final String JPEG_FORMAT = "javax_imageio_jpeg_image_1.0";
  private static final int APP1 = 0xE1;
  private static final int ORIENTATION_TAG = 0x0112;

  private ExifOrientation() {}

  /** 1 to 8 as EXIF numbers them; 1 (upright) when the image says nothing or cannot be read. */
  static int of(ImageReader reader) {
    try {
      IIOMetadata meta = reader.getImageMetadata(0);
      if (meta == null || !Arrays.asList(meta.getMetadataFormatNames()).contains(JPEG_FORMAT)) {
        return 1;
      }
      NodeList unknown = ((IIOMetadataNode) meta.getAsTree(JPEG_FORMAT)).getElementsByTagName("unknown");
      for (int i = 0; i < unknown.getLength(); i++) {
        IIOMetadataNode marker = (IIOMetadataNode) unknown.item(i);
        if (String.valueOf(APP1).equals(marker.getAttribute("MarkerTag"))
            && marker.getUserObject() instanceof byte[] data) {
          int found = fromApp1(data);
          if (found > 0) {
            return found;
          }
        }
      }
      return 1;
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }

  /** The orientation in an APP1 segment's bytes, or 0 when it is not EXIF or has none. */
  static int fromApp1(byte[] data) {
    if (data.length < 14 || !new String(data, 0, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
      return 0;
    }
    ByteBuffer tiff = ByteBuffer.wrap(data, 6, data.length - 6).slice();
    tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int ifd = tiff.getInt(4);
    if (ifd < 8 || ifd + 2 > tiff.limit()) {
      return 0;
    }
    int entries = tiff.getShort(ifd) & 0xffff;
    for (int e = 0; e < entries && ifd + 2 + e * 12 + 12 <= tiff.limit(); e++) {
      int at = ifd + 2 + e * 12;
      if ((tiff.getShort(at) & 0xffff) == ORIENTATION_TAG) {
        int value = tiff.getShort(at + 8) & 0xffff;
        return value >= 1 && value <= 8 ? value : 0;
      }
    }
    return 0;
  }

  /** {@code image} turned (and, for 2, 4, 5 and 7, mirrored) as {@code orientation} says. */
  static BufferedImage upright(BufferedImage image, int orientation) {
    if (orientation <= 1 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = orientation >= 5;
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
      case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
      case 4 -> { t.translate(0, h); t.scale(1, -1); }
      case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
      case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
      case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(-Math.PI / 2); }
      default -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
    }
    int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, type);
    Graphics2D g = turned.createGraphics();
    try {
      g.drawImage(image, t, null);
    } finally {
      g.dispose();
    }
    return turned;
  }
}
