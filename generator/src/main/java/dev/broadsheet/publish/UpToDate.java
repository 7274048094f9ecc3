package dev.broadsheet.publish;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.config.Version;
import dev.broadsheet.render.ModelFingerprint;
import dev.broadsheet.render.RenderedFile;
import dev.broadsheet.render.TemplateEngine;
import dev.broadsheet.store.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the published site already reflects its inputs. Everything the pages are made from is
 * fingerprinted: the config, picks, pages, site templates and static files, the stored articles,
 * the theme and the Broadsheet version. When the fingerprint matches the one recorded by the last
 * build and every file of that build is still in place, rendering would change no byte, so it
 * is skipped. The record lives in the store folder ({@code data/last-render.txt}), not in the
 * published site, so that two builds of the same pages publish the same bytes.
 */
public final class UpToDate {
  static final String MARKER = "last-render.txt";

  private UpToDate() {}

  /** What the last build recorded: its fingerprint and how many files it published. */
  public record Recorded(String fingerprint, int files) {}

  /**
   * The fingerprint of a build's inputs; {@code todays} is the path of the edition of the
   * build's day, or null: the same inputs make other pages on the day an edition becomes
   * "today's" and on the day after.
   */
  public static String fingerprint(Path siteDir, Path output, Collection<Article> stored, boolean debug,
      String todays) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, "broadsheet " + Version.current() + " debug=" + debug + " theme=" + TemplateEngine.themeStamp()
          + " output=" + output.toAbsolutePath().normalize() + " today=" + todays);
      hashFile(sha, siteDir.resolve("broadsheet.yaml"));
      // Which story each article is in: deleting it regroups the stories, and the pages change.
      Path stories = siteDir.resolve("data").resolve("stories.json");
      if (Files.isRegularFile(stories)) {
        hashFile(sha, stories);
      }
      for (String folder : List.of("picks", "pages", "templates")) {
        Path dir = siteDir.resolve(folder);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
              update(sha, siteDir.relativize(f).toString());
              hashFile(sha, f);
            }
          }
        }
      }
      // What publishing reads, links followed as it follows them.
      StaticFolder statics = StaticFolder.read(siteDir, output);
      for (RenderedFile f : statics.files()) {
        update(sha, "static/" + f.path());
        sha.update(f.bytes());
      }
      statics.problems().forEach(p -> update(sha, p.toString()));
      ModelFingerprint articles = new ModelFingerprint();
      for (Article a : stored) {
        update(sha, articles.of(a));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the site's inputs in " + siteDir, e);
    }
  }

  /**
   * The last build's record (kept in {@code dataDir}), if the output still holds every file it
   * wrote and no killed build left anything to clear up (only publishing clears it up).
   */
  public static Optional<Recorded> check(Path dataDir, Path output, String fingerprint) {
    Path marker = dataDir.resolve(MARKER);
    Path out = output.toAbsolutePath().normalize();
    try {
      if (!Files.isRegularFile(marker) || !Files.isRegularFile(out.resolve(OutputManifest.NAME))
          || new SiteSwitch(out, HaltPoint.never()).hasLeftovers()) {
        return Optional.empty();
      }
      String[] fields = Files.readString(marker, StandardCharsets.UTF_8).strip().split(" ");
      if (fields.length != 2 || !fields[0].equals(fingerprint)) {
        return Optional.empty();
      }
      OutputManifest manifest = OutputManifest.read(out, OutputManifest.NAME);
      if (!manifest.warnings().isEmpty()) {
        return Optional.empty();
      }
      for (String file : manifest.paths()) {
        if (!Files.isRegularFile(out.resolve(file))) {
          return Optional.empty();
        }
      }
      return Optional.of(new Recorded(fields[0], Integer.parseInt(fields[1])));
    } catch (IOException | UncheckedIOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static void record(Path dataDir, String fingerprint, int files) {
    try {
      AtomicFiles.writeIfChanged(dataDir.resolve(MARKER),
          (fingerprint + " " + files + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataDir.resolve(MARKER), e);
    }
  }

  /** Drops the record: the output is about to change, and the record would no longer describe it. */
  static void forget(Path dataDir) throws IOException {
    AtomicFiles.delete(dataDir.resolve(MARKER));
  }

  private static void hashFile(MessageDigest sha, Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      sha.update(Files.readAllBytes(file));
    }
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
