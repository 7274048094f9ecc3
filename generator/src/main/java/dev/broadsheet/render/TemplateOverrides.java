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
 * nothing without a word. So are files in the wrong folder: a copy of the theme in a subfolder
 * ({@code templates/default/list.ftlh}), a style sheet or labels where neither is read, and a
 * template in {@code static/}, which is published as it is, its source shown to anyone.
 */
final class TemplateOverrides {
  /** Files that belong in static/ (or labels in messages/) when found among the templates; notes may stay. */
  private static final java.util.regex.Pattern ASSET_OR_LABELS = java.util.regex.Pattern.compile(
      "(?i).+\\.(css|js|png|jpe?g|gif|webp|svg|ico|woff2?|properties)");

  private TemplateOverrides() {}

  static List<Problem> unused(Path siteTemplates) {
    List<Problem> problems = new ArrayList<>(misplaced(siteTemplates));
    if (!Files.isDirectory(siteTemplates)) {
      return problems;
    }
    List<Path> own;
    try (Stream<Path> files = Files.list(siteTemplates)) {
      own = files.filter(p -> p.getFileName().toString().matches(".+\\.ftlh?")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + siteTemplates, e);
    }
    TreeSet<String> theme = themeTemplates();
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

  /** Templates, labels and assets in folders where they are not read, or published as they are. */
  private static List<Problem> misplaced(Path siteTemplates) {
    List<Problem> problems = new ArrayList<>();
    Path site = siteTemplates.toAbsolutePath().getParent();
    List<Path> all = SiteTemplateFiles.files(siteTemplates);
    TreeSet<String> theme = null;
    for (Path file : all) {
      String relative = siteTemplates.relativize(file).toString().replace('\\', '/');
      String name = file.getFileName().toString();
      boolean template = SiteTemplateFiles.isTemplate(file);
      if (template && relative.contains("/")) {
        theme = theme == null ? themeTemplates() : theme;
        if (theme.contains(name) && all.stream().noneMatch(o -> !o.equals(file) && mentions(o, relative))) {
          problems.add(Problem.warning(file.toString(), "templates are read from " + siteTemplates + " itself, not its"
              + " subfolders: this copy is not used in place of the theme's " + name + "; move it to "
              + siteTemplates.resolve(name)));
        }
      } else if (!template && !relative.startsWith("messages/") && ASSET_OR_LABELS.matcher(name).matches()
          // An icon or style a template includes (<#include "icons/logo.svg" parse=false>) is used.
          && all.stream().noneMatch(o -> SiteTemplateFiles.isTemplate(o) && mentions(o, relative))) {
        problems.add(Problem.warning(file.toString(), name.endsWith(".properties")
            ? "labels are read from " + siteTemplates.resolve("messages") + ", not here: this file is not used"
            : "only templates and labels (messages/) are read here, and nothing here is published: a style sheet,"
                + " script or picture goes in " + (site == null ? "static/" : site.resolve("static"))));
      }
    }
    if (site != null) {
      for (Path file : SiteTemplateFiles.files(site.resolve("static"))) {
        String name = file.getFileName().toString();
        if (name.endsWith(".ftlh") || name.endsWith(".ftl")) {
          problems.add(Problem.warning(file.toString(), "a template in static/ is published as it is, its source"
              + " shown to anyone, and used for no page: templates go in " + siteTemplates));
        }
      }
      for (Path file : SiteTemplateFiles.files(site.resolve("messages"))) {
        if (!file.getFileName().toString().endsWith(".properties")) {
          continue;
        }
        problems.add(Problem.warning(file.toString(), "labels are read from " + siteTemplates.resolve("messages")
            + ", not from the site's top: this file is not used"));
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
