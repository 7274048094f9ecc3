package dev.broadsheet.base;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a cache made under one build of Broadsheet (or of its theme) is stamped with, so that
 * another build ignores it. A jar is stamped by its contents, each entry's name, size and CRC from
 * its central directory (nothing is decompressed): a copy of the same jar (a CI job fetching it
 * afresh every run) keeps its caches, a rebuilt one with other code does not, whatever the file's
 * time says. A folder of classes (development) is stamped by its files' sizes and times.
 */
public final class CodeStamps {
  private CodeStamps() {}

  /**
   * The stamp of Broadsheet's own code (the jar or folder of classes this class is in), read once
   * a process: what every cache made by one build of the code is stamped with.
   */
  public static String broadsheet() throws IOException {
    if (OwnCode.FAILURE != null) {
      throw OwnCode.FAILURE;
    }
    return OwnCode.STAMP;
  }

  /** The stamp of the code, read when first asked for (a holder class: the JVM reads it once). */
  private static final class OwnCode {
    static final String STAMP;
    static final IOException FAILURE;

    static {
      String stamp = null;
      IOException failure = null;
      try {
        stamp = of(CodeStamps.class.getResource("CodeStamps.class"), 4);
      } catch (IOException e) {
        failure = e;
      }
      STAMP = stamp;
      FAILURE = failure;
    }
  }

  /**
   * The stamp of the folder {@code levels} above {@code resource}: in its jar, the entries under
   * that folder (the whole jar when it is the jar's root); on disk, its files.
   */
  public static String of(URL resource, int levels) throws IOException {
    if (resource == null) {
      return "none";
    }
    String spec = resource.toString();
    try {
      if (spec.startsWith("jar:file:")) {
        int separator = spec.indexOf("!/");
        return ofJar(Path.of(new java.net.URI(spec.substring(4, separator))),
            folderAbove(spec.substring(separator + 2), levels));
      }
      if (spec.startsWith("file:")) {
        Path dir = Path.of(resource.toURI());
        for (int i = 0; i < levels; i++) {
          dir = dir.getParent();
        }
        long stamp = 0;
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            stamp = stamp * 31 + Files.size(f) + Files.getLastModifiedTime(f).toMillis();
          }
        }
        return Long.toString(stamp);
      }
    } catch (URISyntaxException e) {
      return spec;
    }
    return spec;
  }

  /** The folder {@code levels} above {@code entry} in a jar, as an entry name prefix ("" for the whole jar). */
  static String folderAbove(String entry, int levels) {
    String folder = entry;
    for (int i = 0; i < levels && !folder.isEmpty(); i++) {
      int slash = folder.lastIndexOf('/', folder.endsWith("/") ? folder.length() - 2 : folder.length() - 1);
      folder = slash < 0 ? "" : folder.substring(0, slash + 1);
    }
    return folder;
  }

  /**
   * The stamp of the entries under {@code folder} in {@code jar}, in name order: the theme is
   * stamped alike in the command line's jar, which holds everything, and in the theme's own jar,
   * which the Maven plugin runs with, so both link its files under one version.
   */
  static String ofJar(Path jar, String folder) throws IOException {
    java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.getName().startsWith(folder) && !e.isDirectory()) {
          lines.put(e.getName(), e.getName() + "\t" + e.getSize() + "\t" + e.getCrc() + "\n");
        }
      }
    }
    MessageDigest digest = ChangeDigests.start();
    lines.values().forEach(line -> digest.update(line.getBytes(StandardCharsets.UTF_8)));
    return "jar:" + HexFormat.of().formatHex(digest.digest());
  }
}
