package dev.broadsheet.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.net.URI;
import java.util.List;

/**
 * Internal links as templates write them: {@code ${url("sections/world/")}}. Targets are site
 * paths (no leading slash; a trailing slash means a folder page). With relative links, the result
 * works from file://, from any sub-path and from the site root alike; otherwise it is rooted at the
 * base URL's path.
 */
public final class Links implements TemplateMethodModelEx {
  private final String basePath;
  private final boolean relative;
  /** The folders of the page this is for; a page links to dozens of targets, so split once. */
  private final String[] fromFolders;

  public Links(String fromPath, String basePath, boolean relative) {
    this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    this.relative = relative;
    String file = fileOf(fromPath);
    int slash = file.lastIndexOf('/');
    this.fromFolders = slash < 0 ? new String[0] : file.substring(0, slash).split("/");
  }

  /** The output file of site path {@code path}: folders get their {@code index.html}. */
  public static String fileOf(String path) {
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }

  /** {@code path} as an absolute URL under {@code baseUrl}. */
  public static String absolute(URI baseUrl, String path) {
    return baseUrl.toString() + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** The link from this page to {@code target}. */
  public String to(String target) {
    String t = target.startsWith("/") ? target.substring(1) : target;
    if (!relative) {
      return basePath + t;
    }
    String fragment = "";
    int hash = t.indexOf('#');
    if (hash >= 0) {
      fragment = t.substring(hash);
      t = t.substring(0, hash);
    }
    String file = fileOf(t);
    // Climb only to the folder both paths share: "../19/index.html", not "../../../../editions/…".
    int common = 0;
    int at = 0;
    while (common < fromFolders.length) {
      String folder = fromFolders[common];
      int end = at + folder.length();
      if (end >= file.length() || file.charAt(end) != '/' || !file.startsWith(folder, at)) {
        break;
      }
      at = end + 1;
      common++;
    }
    StringBuilder link = new StringBuilder(file.length() + 3 * (fromFolders.length - common) + fragment.length());
    for (int i = common; i < fromFolders.length; i++) {
      link.append("../");
    }
    link.append(file, at, file.length()).append(fragment);
    // A first segment with a colon ("a:b.png") would read as a URL scheme: "./" keeps it a path.
    return readsAsScheme(link) ? "./" + link : link.toString();
  }

  /**
   * Whether a colon comes before any '/' in {@code path}: a browser could read what precedes it as a
   * scheme ("javascript:…"). Stricter than a URL parser (a colon after '?' counts too), as is safe.
   */
  static boolean readsAsScheme(CharSequence path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == ':') {
        return true;
      }
      if (c == '/') {
        return false;
      }
    }
    return false;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("url(path) takes one argument, the site path of the target");
    }
    Object arg = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
    if (arg instanceof Record r) {
      throw Messages.notText("url(…)", 1, r);
    }
    return to(String.valueOf(arg));
  }
}
