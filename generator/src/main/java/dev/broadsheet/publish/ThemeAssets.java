package dev.broadsheet.publish;

import dev.broadsheet.render.RenderedFile;
import dev.broadsheet.render.TemplateEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The default theme's static files (CSS, icons). A jar cannot be listed portably, so the theme
 * names its assets in {@code assets.txt}, one path per line.
 */
public final class ThemeAssets {
  private ThemeAssets() {}

  public static List<RenderedFile> load() {
    ClassLoader loader = ThemeAssets.class.getClassLoader();
    String root = TemplateEngine.THEME_ROOT + "/";
    List<RenderedFile> files = new ArrayList<>();
    String list = new String(readBytes(loader, root + "assets.txt"), StandardCharsets.UTF_8);
    for (String path : list.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      files.add(new RenderedFile(path, readBytes(loader, root + path)));
    }
    return files;
  }

  private static byte[] readBytes(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the theme jar lacks " + resource + "; is broadsheet-templates on the classpath?");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
