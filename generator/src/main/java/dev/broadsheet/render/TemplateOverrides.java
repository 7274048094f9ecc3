package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Spelling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The site's own templates that nothing will use: a file in {@code templates/} that has no theme
 * template of its name to override and that no other site template includes or imports. Such a
 * file is almost always a misspelt override ({@code artcle.ftlh}), which would otherwise change
 * nothing without a word.
 */
final class TemplateOverrides {
  private TemplateOverrides() {}

  static List<Problem> unused(Path siteTemplates) {
    if (!Files.isDirectory(siteTemplates)) {
      return List.of();
    }
    List<Path> own;
    try (Stream<Path> files = Files.list(siteTemplates)) {
      own = files.filter(p -> p.getFileName().toString().matches(".+\\.ftlh?")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + siteTemplates, e);
    }
    TreeSet<String> theme = themeTemplates();
    List<Problem> problems = new ArrayList<>();
    for (Path file : own) {
      String name = file.getFileName().toString();
      if (!theme.contains(name) && own.stream().filter(o -> !o.equals(file)).noneMatch(o -> mentions(o, name))) {
        String closest = Spelling.closest(name, theme, 3);
        problems.add(Problem.warning(file.toString(), "the theme has no template of this name and no other"
            + " template here includes it, so it is not used"
            + (closest != null ? "; did you mean " + closest + "?" : "")));
      }
    }
    return problems;
  }

  private static boolean mentions(Path template, String name) {
    try {
      return Files.readString(template, StandardCharsets.UTF_8).contains(name);
    } catch (IOException e) {
      return false;
    }
  }

  /** The theme's template names, from its folder or its jar. */
  private static TreeSet<String> themeTemplates() {
    TreeSet<String> names = new TreeSet<>();
    URL root = TemplateOverrides.class.getClassLoader().getResource(TemplateEngine.THEME_ROOT);
    try {
      if (root != null && "jar".equals(root.getProtocol())) {
        String prefix = TemplateEngine.THEME_ROOT + "/";
        ((JarURLConnection) root.openConnection()).getJarFile().stream().map(e -> e.getName())
            .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
            .forEach(n -> names.add(n.substring(prefix.length())));
      } else if (root != null) {
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
          files.forEach(p -> names.add(p.getFileName().toString()));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the default theme at " + root, e);
    }
    return names;
  }
}
