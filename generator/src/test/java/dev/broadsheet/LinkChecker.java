package dev.broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks a built site as a web server would serve it under {@code baseUrl} and lists every internal
 * link (href or src; relative, rooted or absolute on the site) that points at no file.
 */
final class LinkChecker {
  private LinkChecker() {}

  static List<String> brokenLinks(Path out, URI baseUrl) {
    String basePath = baseUrl.getPath().endsWith("/") ? baseUrl.getPath() : baseUrl.getPath() + "/";
    String site = baseUrl.toString();
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        String page = out.relativize(file).toString();
        for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
          String target = el.hasAttr("href") ? el.attr("href") : el.attr("src");
          Path resolved = resolve(out, file, target, basePath, site);
          if (resolved != null && !exists(resolved)) {
            broken.add(page + " -> " + target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return broken;
  }

  /** The file a link reaches, or null for links that leave the site (and fragments, mailto). */
  private static Path resolve(Path out, Path from, String href, String basePath, String site) {
    String target = href.replaceFirst("[#?].*$", "");
    if (href.startsWith("#") || href.startsWith("mailto:") || target.isEmpty() && !href.isEmpty()) {
      return null;
    }
    if (target.startsWith(site)) {
      return out.resolve(target.substring(site.length()));
    }
    if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("//")) {
      return null;
    }
    if (target.startsWith("/")) {
      if (!target.startsWith(basePath)) {
        return out.resolve("__outside_the_base_path__" + target);
      }
      return out.resolve(target.substring(basePath.length()));
    }
    return from.getParent().resolve(target).normalize();
  }

  private static boolean exists(Path p) {
    return Files.isRegularFile(p) || Files.isRegularFile(p.resolve("index.html"));
  }
}
