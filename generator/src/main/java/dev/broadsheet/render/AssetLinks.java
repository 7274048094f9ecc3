package dev.broadsheet.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * Links to the theme's scripts and style sheet as templates write them, {@code ${asset("assets/search.js")}}:
 * the page's link to the file with the theme's version as its query. A browser or a host that kept
 * the file for days under its old address asks again once Broadsheet or its theme changes, so a
 * page never runs with the script of another release (whose search index it might not read).
 */
public final class AssetLinks implements TemplateMethodModelEx {
  private final Links links;
  private final String version;

  /** Links from the page {@code links} are for, with {@code version} as query ("" for none). */
  public AssetLinks(Links links, String version) {
    this.links = links;
    this.version = version;
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

  /** The link from this page to the theme file at site path {@code path}. */
  public String to(String path) {
    return links.to(path) + (version.isEmpty() ? "" : "?v=" + version);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("asset(path) takes one argument, the site path of the theme's file");
    }
    return to(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))));
  }
}
