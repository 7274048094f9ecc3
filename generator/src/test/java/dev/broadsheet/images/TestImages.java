package dev.broadsheet.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images made on the spot for tests: real files of known size, drawn with the JDK. */
public final class TestImages {
  private TestImages() {}

  /** A JPEG of {@code width} × {@code height} with a gradient, so it compresses like a photo's sky. */
  public static byte[] jpeg(int width, int height) {
    return write(drawn(width, height, BufferedImage.TYPE_INT_RGB, false), "jpeg");
  }

  /** A PNG, with a transparent corner when {@code transparent}, opaque otherwise. */
  public static byte[] png(int width, int height, boolean transparent) {
    return write(drawn(width, height, BufferedImage.TYPE_INT_ARGB, transparent), "png");
  }

  /**
   * A JPEG, {@code width} × {@code height} pixels as stored, left half red and right half blue,
   * whose EXIF block says to show it turned by {@code orientation} (1 to 8), as phones write them.
   */
  public static byte[] jpegWithOrientation(int width, int height, int orientation) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    byte[] jpeg = write(image, "jpeg");
    // TIFF, big-endian: header, one IFD with one entry (Orientation, SHORT, 1 value), no next IFD.
    ByteBuffer tiff = ByteBuffer.allocate(26).put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8)
        .putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
        .putShort((short) orientation).putShort((short) 0).putInt(0);
    byte[] exif = new byte[6 + 26];
    System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
    System.arraycopy(tiff.array(), 0, exif, 6, 26);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(0xE1);
    out.writeBytes(ByteBuffer.allocate(2).putShort((short) (exif.length + 2)).array());
    out.writeBytes(exif);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A greyscale PNG. */
  public static byte[] greyPng(int width, int height) {
    BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    g.drawImage(drawn(width, height, BufferedImage.TYPE_INT_RGB, false), 0, 0, null);
    g.dispose();
    return write(grey, "png");
  }

  /**
   * A PNG of a few dozen bytes whose header claims {@code width} × {@code height} pixels: a
   * decompression bomb's shape (its pixel data is a stub, so decoding it could not succeed).
   */
  public static byte[] pngClaiming(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static BufferedImage drawn(int width, int height, int type, boolean transparentCorner) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(0x3b6fa8), width, height, new Color(0xf0c27a)));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1e4d2b));
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    if (transparentCorner) {
      g.setComposite(java.awt.AlphaComposite.Clear);
      g.fillRect(0, 0, width / 5, height / 5);
    }
    g.dispose();
    return image;
  }

  private static byte[] write(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no " + format + " writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
