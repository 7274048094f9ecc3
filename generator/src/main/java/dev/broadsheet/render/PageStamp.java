package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a page's fingerprint holds besides its model: the state of everything else it is made
 * from, and which parts of its model no template in use reads.
 */
final class PageStamp {
  private PageStamp() {}

  /**
   * The parts of stories that only debug pages show: how a story ranked and why each report is in
   * it. One new article changes them in nearly every story (word weights are corpus-wide), so
   * they are left out of page fingerprints, unless pages show them: in debug builds, or when a
   * site template mentions them.
   */
  static Set<String> unread(Path templates, boolean debug) {
    if (debug) {
      return Set.of();
    }
    if (Files.isDirectory(templates)) {
      try (var files = Files.walk(templates)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String text = Files.readString(f, StandardCharsets.ISO_8859_1);
          if (text.contains("score") || text.contains("why")) {
            return Set.of();
          }
        }
      } catch (IOException | UncheckedIOException e) {
        return Set.of();
      }
    }
    return Set.of("Story.score", "Story.why");
  }

  /**
   * The state of everything besides its model that a page is made from: Broadsheet's version,
   * the theme, the site's own templates and messages, the config, the debug switch and the versions
   * of the site's own style sheets and scripts (which {@code asset(…)} links with); any change to
   * them renders every page again.
   */
  static String of(SiteConfig config, boolean debug) {
    return of(config, debug, AssetLinks.ownVersions(config.siteDir()));
  }

  /** As above, the site's own style sheets and scripts having the versions {@code ownAssets}. */
  static String of(SiteConfig config, boolean debug, java.util.Map<String, String> ownAssets) {
    Path dir = config.siteDir().resolve("templates");
    TreeMap<String, String> templates = new TreeMap<>();
    if (Files.isDirectory(dir)) {
      try (var files = Files.walk(dir)) {
        for (var f : files.filter(Files::isRegularFile).toList()) {
          templates.put(dir.relativize(f).toString(), ModelFingerprint.ofBytes(Files.readAllBytes(f)));
        }
      } catch (IOException | UncheckedIOException e) {
        return null;
      }
    }
    try {
      // None of these is a story or an article, which are all a renderer's fingerprints treat apart.
      // No page shows the feeds' old addresses: their copies are made again by every build.
      ModelFingerprint stamp = new ModelFingerprint(Set.of("SiteConfig.feedAliases"), r -> null, r -> null, t -> true);
      return stamp.of(Version.current(), TemplateEngine.themeStamp(),
          TemplateEngine.codeStamp(), templates, config, debug, new TreeMap<>(ownAssets));
    } catch (ModelFingerprint.Unknown | IOException e) {
      // Without a stamp, nothing is cached: every page is rendered.
      return null;
    }
  }
}
