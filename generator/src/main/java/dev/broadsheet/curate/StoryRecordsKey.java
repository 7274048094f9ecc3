package dev.broadsheet.curate;

import dev.broadsheet.config.CurationConfig;
import java.util.Map;

/** The key the stories a build records are kept under: records of another key only name stories. */
final class StoryRecordsKey {
  private StoryRecordsKey() {}

  /**
   * What a story recorded by a build depends on besides its articles: Broadsheet's version and
   * code (two builds of one -SNAPSHOT version may group otherwise), the curation settings, the
   * sources' weights and the articles' languages.
   */
  static String of(CurationConfig settings, Map<String, Double> weights, ArticleLanguages languages) {
    String code;
    try {
      code = dev.broadsheet.base.CodeStamps.broadsheet();
    } catch (java.io.IOException e) {
      // The code cannot be told apart: its version alone stands for it.
      code = "unknown";
    }
    // A digest of the settings: the file names them in one short line.
    return "broadsheet " + dev.broadsheet.config.Version.current() + " " + dev.broadsheet.base.ChangeDigests.hex((
        settings + " weights " + new java.util.TreeMap<>(weights) + " languages " + languages.stamp() + " code " + code)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
  }
}
