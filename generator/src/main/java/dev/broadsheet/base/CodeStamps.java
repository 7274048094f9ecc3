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

  /** The stamp of the jar holding {@code resource}, or of the folder {@code levels} above it when it is a file. */
  public static String of(URL resource, int levels) throws IOException {
    if (resource == null) {
      return "none";
    }
    String spec = resource.toString();
    try {
      if (spec.startsWith("jar:file:")) {
        return ofJar(Path.of(new java.net.URI(spec.substring(4, spec.indexOf("!/")))));
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

  private static String ofJar(Path jar) throws IOException {
    MessageDigest digest = ChangeDigests.start();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        digest.update((e.getName() + "\t" + e.getSize() + "\t" + e.getCrc() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return "jar:" + HexFormat.of().formatHex(digest.digest());
  }
}
