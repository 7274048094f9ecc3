package dev.broadsheet.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * Links to the theme's scripts and style sheet as templates write them, {@code ${asset("assets/search.js")}}:
 * the page's link to the file with the theme's version as its query. A browser or a host that kept
 * the file for days under its old address asks again once Broadsheet or its theme changes, so a
 * page never runs with the script of another release (whose search index it might not read). A
 * style sheet or script of the site's own ({@code static/assets/site.css}) is linked with a
 * version of its bytes instead, so that an edit reaches readers at once (every page that links
 * it changes with it).
 */
public final class AssetLinks implements TemplateMethodModelEx {
  /** The site's own files that {@link #to} versions by their bytes: what pages link as styles and scripts. */
  private static final java.util.regex.Pattern VERSIONED_BY_BYTES = java.util.regex.Pattern.compile("(?i).+\\.(css|js|mjs)");

  private final Links links;
  private final String version;
  private final java.util.Map<String, String> own;

  /** Links from the page {@code links} are for, with {@code version} as query ("" for none). */
  public AssetLinks(Links links, String version) {
    this(links, version, java.util.Map.of());
  }

  /** As above, the site's own files at the paths of {@code own} with their versions there. */
  AssetLinks(Links links, String version, java.util.Map<String, String> own) {
    this.links = links;
    this.version = version;
    this.own = own;
  }

  /**
   * The version of each style sheet and script in the site's {@code static/} folder, by its site
   * path: the start of a digest of its bytes. (They are in every page's stamp, see {@link PageStamp}.)
   */
  static java.util.SortedMap<String, String> ownVersions(java.nio.file.Path siteDir) {
    java.util.TreeMap<String, String> versions = new java.util.TreeMap<>();
    java.nio.file.Path statics = siteDir.resolve("static");
    if (!java.nio.file.Files.isDirectory(statics)) {
      return versions;
    }
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(statics)) {
      for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile)
          .filter(f -> VERSIONED_BY_BYTES.matcher(f.getFileName().toString()).matches()).toList()) {
        versions.put(statics.relativize(f).toString().replace('\\', '/'),
            dev.broadsheet.base.ChangeDigests.hex(java.nio.file.Files.readAllBytes(f)).substring(0, 10));
      }
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // Unreadable: linked with the theme's version, as before; publishing reports the file.
      return new java.util.TreeMap<>();
    }
    return versions;
  }

  /** The version of Broadsheet and its theme, as theme files are linked with (both are in every page's stamp). */
  static String version() {
    try {
      return dev.broadsheet.base.ChangeDigests.hex((dev.broadsheet.config.Version.current() + " "
          + TemplateEngine.themeStamp()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 10);
    } catch (java.io.IOException e) {
      // The theme cannot be stamped: its files are linked as they are.
      return "";
    }
  }

  /** The link from this page to the theme's (or the site's own) file at site path {@code path}. */
  public String to(String path) {
    String v = own.getOrDefault(path.startsWith("/") ? path.substring(1) : path, version);
    return links.to(path) + (v.isEmpty() ? "" : "?v=" + v);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("asset(path) takes one argument, the site path of the theme's file");
    }
    return to(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))));
  }
}
