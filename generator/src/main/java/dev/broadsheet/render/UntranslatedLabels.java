package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Whether a site in a language the theme has no labels in shows English ones: its pages would mix
 * English labels with dates and counts in that language, and nothing else would say why.
 */
final class UntranslatedLabels {
  /** The most missing keys a warning names. */
  private static final int NAMED = 8;

  private UntranslatedLabels() {}

  /**
   * A warning when neither the theme nor the site has labels in {@code language}, or when the
   * site's own files translate only some of the theme's (naming the keys still in English).
   */
  static Optional<Problem> of(Path siteTemplates, String language) {
    String primary = Locale.forLanguageTag(language).getLanguage();
    if (primary.isEmpty() || Messages.LANGUAGES.contains(primary)) {
      return Optional.empty();
    }
    Path folder = siteTemplates == null ? Path.of("templates") : siteTemplates;
    Path own = Messages.ownBundle(folder, primary);
    List<Path> files = Messages.ownBundles(folder, Locale.forLanguageTag(language), primary).stream()
        .filter(Files::isRegularFile).toList();
    if (files.isEmpty()) {
      return Optional.of(Problem.warning(own.toString(), "the theme has no labels in '" + primary + "' (it has "
          + String.join(", ", Messages.LANGUAGES) + "), so pages show English labels beside dates in '" + primary
          + "'; translate them in this file (keys as in the theme's messages/en.properties; see Labels in docs/templates.md)"));
    }
    Map<String, String> translated = new TreeMap<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        Messages.read(in, translated);
      } catch (IOException | RuntimeException e) {
        // Loading the labels reports a file that cannot be read, at its line.
        return Optional.empty();
      }
    }
    List<String> missing = Messages.themeBundle("en").keySet().stream().filter(k -> !translated.containsKey(k)).toList();
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Problem.warning(files.get(0).toString(), missing.size() + " of the theme's "
        + Messages.themeBundle("en").size() + " labels are not translated, so pages show them in English: "
        + String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
        + (missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "")
        + " (the theme's messages/en.properties has them all)"));
  }
}
