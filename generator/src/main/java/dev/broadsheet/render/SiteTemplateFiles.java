package dev.broadsheet.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a site's template folder (and of its other folders), as the checks of them read them. */
final class SiteTemplateFiles {
  private SiteTemplateFiles() {}

  /** Whether {@code file} is a Freemarker template ({@code .ftlh} or {@code .ftl}). */
  static boolean isTemplate(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".ftlh") || name.endsWith(".ftl");
  }

  /** Every regular file under {@code folder}, sorted; none when it is not a folder or cannot be read. */
  static List<Path> files(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /** The templates under {@code folder}, sorted. */
  static List<Path> templates(Path folder) {
    return files(folder).stream().filter(SiteTemplateFiles::isTemplate).toList();
  }
}
