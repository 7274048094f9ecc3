package dev.broadsheet.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a theme template fails on a site that overrides a file it imports: a copy made from an
 * earlier theme (components.ftlh) lacks a macro this theme's templates call. Freemarker names the
 * theme's template and the missing name ({@code c.sectionLink}); the file to mend is the site's.
 */
final class StaleOverride {
  private static final Pattern IMPORT = Pattern.compile("<#import\\s+\"([^\"]+)\"\\s+as\\s+(\\w+)\\s*>");
  private static final Pattern MISSING = Pattern.compile("evaluated to null or missing: (\\w+)\\.(\\w+)");

  private StaleOverride() {}

  /**
   * A sentence naming the site's own copy that {@code themeTemplate} imported and whose name
   * {@code message} says is missing; "" when the message is not of that kind or no such copy exists.
   */
  static String hint(Path siteTemplates, String themeTemplate, String message) {
    Matcher missing = MISSING.matcher(message);
    if (!missing.find()) {
      return "";
    }
    String source;
    try (InputStream in = StaleOverride.class.getClassLoader()
        .getResourceAsStream(TemplateEngine.THEME_ROOT + "/" + themeTemplate)) {
      if (in == null) {
        return "";
      }
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
    Matcher imports = IMPORT.matcher(source);
    while (imports.find()) {
      Path own = siteTemplates.resolve(imports.group(1));
      if (imports.group(2).equals(missing.group(1)) && Files.isRegularFile(own) && lacks(own, missing.group(2))) {
        return " (" + own + " is the site's own copy, made from an earlier theme: it lacks " + missing.group(2)
            + ", which this version's theme calls; take the theme's file again and redo your changes, or add it)";
      }
    }
    return "";
  }

  /** Whether the site's file defines no macro or function {@code name} (one that returned nothing is another matter). */
  private static boolean lacks(Path own, String name) {
    try {
      return !Pattern.compile("<#(macro|function)\\s+" + Pattern.quote(name) + "\\b").matcher(Files.readString(own)).find();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
