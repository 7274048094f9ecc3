package dev.broadsheet.images;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.config.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The resized images of earlier builds, in {@code <site>/.broadsheet-cache/images/}: outside {@code data/}
 * (never committed with the store) and outside the published site. For each image {@code KEY.txt}
 * says where it came from, under which settings, and the size of each file {@code KEY-WIDTH.jpg|png},
 * or why the image cannot be used (then it is not downloaded again until the settings change).
 * The variants are written before the record, so a record always has its files; a killed build
 * leaves at most files without a record, which the next build replaces or removes. Deleting the
 * folder only costs downloads: the next online build fills it again.
 *
 * @param dir the cache folder, {@link #of} a site
 */
record ImageCache(Path dir) {
  /** Bump when the processing changes, so that older renditions are made again. */
  static final String FORMAT = "broadsheet-images 1";
  private static final Pattern OWN_FILE = Pattern.compile("([0-9a-f]{24})(-\\d+\\.(jpg|png)|\\.txt)");

  /** The folder of a site's cache. */
  static Path of(Path siteDir) {
    return siteDir.resolve(SiteConfig.CACHE_FOLDER).resolve("images");
  }

  /**
   * What an earlier build made of an image: its renditions, or why it cannot be used.
   *
   * @param renditions its sizes, narrowest first; empty when rejected
   * @param rejected why the image cannot be used, or null
   * @param failedAt when a download failed in a way that may pass (the host down, a server error),
   *     or null when the image is unusable in itself or was made
   * @param retryFrom when such a failed download may be tried again, or null
   * @param failedSince when the first of the failures in a row was, or null
   */
  record Entry(List<Rendition> renditions, String rejected, java.time.Instant failedAt, java.time.Instant retryFrom,
      java.time.Instant failedSince) {
    Entry(List<Rendition> renditions, String rejected) {
      this(renditions, rejected, null, null, null);
    }
  }

  /** The shortest and the longest pause after a failed download. */
  private static final java.time.Duration FIRST_PAUSE = java.time.Duration.ofHours(1);
  private static final java.time.Duration LONGEST_PAUSE = java.time.Duration.ofDays(7);

  /**
   * When a download failing at {@code at}, and failing since {@code since}, is asked for again: after
   * as long again as it has failed, from an hour to a week. A host that is down for a while is not
   * asked every hour for as long as its stories are shown, nor is a site that skips curation woken
   * every hour to ask it.
   */
  static java.time.Instant nextTry(java.time.Instant since, java.time.Instant at) {
    java.time.Duration failing = java.time.Duration.between(since, at);
    java.time.Duration pause = failing.compareTo(FIRST_PAUSE) < 0 ? FIRST_PAUSE
        : failing.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : failing;
    return at.plus(pause);
  }

  /** Whether there is an entry for {@code reference} made under {@code settings}; reads only its record. */
  boolean has(String key, String reference, String settings) {
    try (java.io.BufferedReader in = Files.newBufferedReader(dir.resolve(key + ".txt"), StandardCharsets.UTF_8)) {
      return FORMAT.equals(in.readLine()) && ("ref " + oneLine(reference)).equals(in.readLine())
          && ("settings " + settings).equals(in.readLine());
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The entry for {@code reference} made under exactly {@code settings}, if one is complete. */
  Optional<Entry> load(String key, String reference, String settings) {
    try {
      List<String> lines = Files.readAllLines(dir.resolve(key + ".txt"), StandardCharsets.UTF_8);
      if (lines.size() < 5 || !lines.get(0).equals(FORMAT) || !lines.get(1).equals("ref " + oneLine(reference))
          || !lines.get(2).equals("settings " + settings)) {
        return Optional.empty();
      }
      String ext = lines.get(3).substring("format ".length());
      if (ext.equals("rejected")) {
        return Optional.of(new Entry(List.of(), lines.get(4).substring("reason ".length())));
      }
      if (ext.equals("failed")) {
        java.time.Instant at = java.time.Instant.parse(lines.get(5).substring("at ".length()));
        return Optional.of(new Entry(List.of(), lines.get(4).substring("reason ".length()), at,
            java.time.Instant.parse(lines.get(6).substring("retry ".length())),
            lines.size() > 7 ? java.time.Instant.parse(lines.get(7).substring("since ".length())) : at));
      }
      List<Rendition> out = new ArrayList<>();
      for (String line : lines.subList(4, lines.size())) {
        String[] size = line.split(" ");
        int width = Integer.parseInt(size[0]);
        byte[] bytes = Files.readAllBytes(dir.resolve(key + "-" + width + "." + ext));
        if (bytes.length != Integer.parseInt(size[2])) {
          return Optional.empty();
        }
        out.add(new Rendition(width, Integer.parseInt(size[1]), bytes));
      }
      return Optional.of(new Entry(out, null));
    } catch (IOException | RuntimeException e) {
      // A missing or damaged entry is made again.
      return Optional.empty();
    }
  }

  /** Keeps {@code renditions} of {@code reference} under {@code key}. */
  void store(String key, String reference, String settings, String ext, List<Rendition> renditions)
      throws IOException {
    Files.createDirectories(dir);
    StringBuilder record = header(reference, settings, ext);
    for (Rendition r : renditions) {
      AtomicFiles.writeIfChanged(dir.resolve(key + "-" + r.width() + "." + ext), r.bytes());
      record.append(r.width()).append(' ').append(r.height()).append(' ').append(r.bytes().length).append('\n');
    }
    AtomicFiles.writeIfChanged(dir.resolve(key + ".txt"), record.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Remembers that {@code reference} cannot be used, and why, so it is not downloaded again. */
  void reject(String key, String reference, String settings, String reason) throws IOException {
    Files.createDirectories(dir);
    StringBuilder record = header(reference, settings, "rejected").append("reason ").append(oneLine(reason))
        .append('\n');
    AtomicFiles.writeIfChanged(dir.resolve(key + ".txt"), record.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Remembers that downloading {@code reference} failed at {@code at} in a way that may pass, so
   * that builds until {@code retryFrom} say so instead of asking its host again.
   */
  void failed(String key, String reference, String settings, String reason, java.time.Instant at,
      java.time.Instant retryFrom, java.time.Instant since) throws IOException {
    Files.createDirectories(dir);
    StringBuilder record = header(reference, settings, "failed").append("reason ").append(oneLine(reason))
        .append('\n').append("at ").append(at).append('\n').append("retry ").append(retryFrom).append('\n')
        .append("since ").append(since).append('\n');
    AtomicFiles.writeIfChanged(dir.resolve(key + ".txt"), record.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The file naming the cache's generation: a new one each time a build changed what the cache holds. */
  private static final String GENERATION = "generation.txt";

  /**
   * A stamp of the cache as a whole: its generation, which a build that added, replaced or removed
   * an entry renews ({@link #renew}); "none" when the folder (or the file) is gone. A build that
   * finds the stamp the last one left shows the same images; a cache restored from an older copy,
   * or deleted, shows another stamp.
   */
  String stamp() {
    try {
      return Files.readString(dir.resolve(GENERATION), StandardCharsets.UTF_8).strip();
    } catch (IOException | RuntimeException e) {
      return "none";
    }
  }

  /** Marks the cache as changed: a new generation. */
  void renew() throws IOException {
    Files.createDirectories(dir);
    AtomicFiles.writeIfChanged(dir.resolve(GENERATION),
        java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  private static StringBuilder header(String reference, String settings, String format) {
    return new StringBuilder(FORMAT).append('\n').append("ref ").append(oneLine(reference)).append('\n')
        .append("settings ").append(settings).append('\n').append("format ").append(format).append('\n');
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }

  /** Removes the images of keys not in {@code used}: what no page shows any more. Other files are left alone. */
  int prune(Set<String> used) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        Matcher m = OWN_FILE.matcher(f.getFileName().toString());
        if (m.matches() && !used.contains(m.group(1))) {
          Files.deleteIfExists(f);
          removed++;
        }
      }
    }
    return removed;
  }

  /** 24 hex digits of SHA-256: short file names, and no collision among any site's images. */
  static String key(String text) {
    return key(text.getBytes(StandardCharsets.UTF_8));
  }

  static String key(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
