package dev.broadsheet.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A local preview of a site: serves the output folder, watches the site's sources (config, picks,
 * pages, templates, static files, saved feeds), rebuilds on change and makes open pages reload. While the last
 * rebuild failed, every page shows its errors; the server keeps running. HTML gets a small reload
 * script that exists only here, never in the published site.
 */
public final class PreviewServer implements AutoCloseable {
  static final String VERSION_PATH = "/__broadsheet/version";
  private static final String RELOAD = "<script>(function(){var v=null;setInterval(function(){fetch('"
      + VERSION_PATH + "',{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){"
      + "if(v!==null&&t!==v){location.reload()}v=t}).catch(function(){})},800)})();</script>";
  private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css"), Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"),
      Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
      Map.entry("png", "image/png"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));
  /** The site's folders of inputs; files at the site's top (its config, OPML lists) are watched too. */
  private static final List<String> WATCHED = List.of("picks", "pages", "templates", "static", "feeds", "images");

  private final Path siteDir;
  private final Path output;
  private final Supplier<List<String>> rebuild;
  private final Consumer<String> log;
  private final HttpServer server;
  private final String basePath;
  private final String rawBasePath;
  private volatile boolean running = true;
  private final AtomicLong version = new AtomicLong();
  private final AtomicReference<List<String>> errors = new AtomicReference<>(List.of());
  private final Thread watching;
  /** Files outside those folders that the site reads (saved feeds elsewhere), as its config last named them. */
  private volatile List<Path> alsoWatched = List.of();

  /**
   * Serves {@code output} on {@code bind}:{@code port} (0: any free port). {@code rebuild} builds
   * the site and returns its errors, having reported them (empty when it succeeded); it runs once now and after every change.
   */
  public PreviewServer(Path siteDir, Path output, String bind, int port, Supplier<List<String>> rebuild,
      Consumer<String> log) throws IOException {
    this(siteDir, output, "/", bind, port, rebuild, log);
  }

  /**
   * As above, the site under {@code rawBasePath} (its base URL's path as written in the URL, with
   * its escapes, such as {@code /news/} or {@code /caf%C3%A9/}), as its host will serve it: the
   * 404 page and any absolute link work as they will there.
   */
  public PreviewServer(Path siteDir, Path output, String rawBasePath, String bind, int port,
      Supplier<List<String>> rebuild, Consumer<String> log) throws IOException {
    this(siteDir, output, rawBasePath, bind, port, rebuild, log, List.of());
  }

  /** As above, watching {@code alsoWatched} too (see {@link #alsoWatch}) from the start. */
  public PreviewServer(Path siteDir, Path output, String rawBasePath, String bind, int port,
      Supplier<List<String>> rebuild, Consumer<String> log, List<Path> alsoWatched) throws IOException {
    this.rawBasePath = rawBasePath.endsWith("/") ? rawBasePath : rawBasePath + "/";
    // Requests are matched on their decoded path; the address is given and redirected to as written.
    this.basePath = java.net.URI.create(this.rawBasePath).getPath();
    this.siteDir = siteDir.toAbsolutePath().normalize();
    alsoWatch(alsoWatched);
    this.output = output.toAbsolutePath().normalize();
    this.rebuild = rebuild;
    this.log = log;
    // Take the port before building: a port in use is found in a moment, not after a whole build.
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 0);
    // The sources as the first build reads them, taken before it: an edit during that build, or
    // before the watching thread first runs (late on a busy machine), is a change, not the start.
    String before = fingerprint();
    try {
      runBuild();
    } catch (RuntimeException e) {
      server.stop(0);
      throw e;
    }
    server.createContext("/", this::serve);
    server.start();
    watching = new Thread(() -> watch(before), "broadsheet-watch");
    watching.setDaemon(true);
    watching.start();
  }

  /**
   * Watches {@code files} too (the site's saved feeds outside its folders, as its config names
   * them), in place of those given before.
   */
  public void alsoWatch(List<Path> files) {
    Path site = siteDir;
    // Those inside a watched folder, or at the site's top, are watched already.
    alsoWatched = files.stream().map(f -> f.toAbsolutePath().normalize())
        .filter(f -> !site.equals(f.getParent()) && WATCHED.stream().noneMatch(w -> f.startsWith(site.resolve(w))))
        .distinct().toList();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Where the site is served: its base URL's path as written in a URL, such as {@code /} or {@code /news/}. */
  public String basePath() {
    return rawBasePath;
  }

  /** How many successful builds so far: what open pages poll to know when to reload. */
  public long version() {
    return version.get();
  }

  private void runBuild() {
    List<String> found = rebuild.get();
    errors.set(found);
    version.incrementAndGet();
    if (found.isEmpty()) {
      log.accept("rebuilt " + output);
    } else {
      // The errors themselves were reported with the build's other problems, at their severity.
      log.accept("the rebuild failed; pages show its errors until the next rebuild succeeds");
    }
  }

  /**
   * What the site's sources look like now: every watched file with its size and modification
   * time. Polled rather than watched: the JDK's watch service misses files in folders created a
   * moment earlier, and on some systems only polls every few seconds itself.
   */
  private String fingerprint() {
    StringBuilder print = new StringBuilder();
    List<Path> roots = new java.util.ArrayList<>();
    try (Stream<Path> top = Files.list(siteDir)) {
      top.filter(Files::isRegularFile).sorted().forEach(roots::add);
    } catch (IOException e) {
      print.append(siteDir).append(" unreadable\n");
    }
    WATCHED.forEach(name -> roots.add(siteDir.resolve(name)));
    roots.addAll(alsoWatched);
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          print.append(f).append(' ').append(Files.size(f)).append(' ').append(Files.getLastModifiedTime(f).toMillis())
              .append('\n');
        }
      } catch (IOException e) {
        // A file that vanished while we looked: the next poll sees the settled state.
        print.append(root).append(" unreadable\n");
      }
    }
    return print.toString();
  }

  private void watch(String first) {
    String last = first;
    while (running) {
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        return;
      }
      String now = fingerprint();
      if (!now.equals(last)) {
        // Editors save in bursts (temp file, rename): build once the burst has settled.
        String settled;
        do {
          try {
            Thread.sleep(150);
          } catch (InterruptedException e) {
            return;
          }
          settled = now;
          now = fingerprint();
        } while (!now.equals(settled));
        last = now;
        runBuild();
      }
    }
  }

  private void serve(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (path.equals(VERSION_PATH)) {
      send(ex, 200, "text/plain", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (!basePath.equals("/") && (path.equals("/") || path.equals(basePath.substring(0, basePath.length() - 1)))) {
      ex.getResponseHeaders().add("Location", withQuery(ex, rawBasePath));
      send(ex, 302, "text/plain", ("the site is at " + rawBasePath).getBytes(StandardCharsets.UTF_8));
      return;
    }
    List<String> failed = errors.get();
    Path file = fileOf(path);
    if (file != null && Files.isDirectory(file)) {
      if (!path.endsWith("/")) {
        // As static hosts do: the page's relative links resolve against its folder only with the slash.
        String target = withQuery(ex, ex.getRequestURI().getRawPath() + "/");
        ex.getResponseHeaders().add("Location", target);
        send(ex, 301, "text/plain", ("moved to " + target).getBytes(StandardCharsets.UTF_8));
        return;
      }
      file = file.resolve("index.html");
    }
    boolean html = file == null || file.toString().endsWith(".html");
    if (!failed.isEmpty() && (html || path.endsWith("/"))) {
      send(ex, 500, TYPES.get("html"), errorPage(failed).getBytes(StandardCharsets.UTF_8));
      return;
    }
    int code = 200;
    if (file == null || !Files.isRegularFile(file)) {
      file = output.resolve("404.html");
      code = 404;
      html = true;
      if (!Files.isRegularFile(file)) {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    byte[] body = Files.readAllBytes(file);
    String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading();
    // A feed published at a folder's address (feedAliases) is its index.html: a script would break it.
    if (html && !start.startsWith("<?xml") && !start.startsWith("{")) {
      String text = new String(body, StandardCharsets.UTF_8);
      int end = text.lastIndexOf("</body>");
      body = (end < 0 ? text + RELOAD : text.substring(0, end) + RELOAD + text.substring(end))
          .getBytes(StandardCharsets.UTF_8);
    }
    send(ex, code, contentType(file), body);
  }

  /**
   * The output file a request path names, or null when it names none the site has: outside the
   * base path (as on the host, the site's 404 page answers), outside the output, or no path at all.
   */
  private Path fileOf(String path) {
    if (!path.startsWith(basePath)) {
      return null;
    }
    try {
      Path file = output.resolve(path.substring(basePath.length())).normalize();
      return file.startsWith(output) ? file : null;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /** The Content-Type a static host would send for {@code file}. */
  public static String contentType(Path file) {
    String name = file.getFileName().toString();
    return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
  }

  private static String errorPage(List<String> errors) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Build failed</title></head><body style=\"font:16px/1.5 system-ui,sans-serif;margin:2rem;\">"
        + "<h1 style=\"color:#a3271f\">The site did not build</h1><p>Fix these and save; this page reloads by itself."
        + "</p><ul>");
    for (String e : errors) {
      html.append("<li><code>").append(org.jsoup.nodes.Entities.escape(e)).append("</code></li>");
    }
    return html.append("</ul>").append(RELOAD).append("</body></html>").toString();
  }

  /** {@code path} with the request's query, for a redirect that keeps it. */
  private static String withQuery(HttpExchange ex, String path) {
    String query = ex.getRequestURI().getRawQuery();
    return query == null ? path : path + "?" + query;
  }

  private static void send(HttpExchange ex, int code, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.getResponseHeaders().add("Cache-Control", "no-store");
    boolean head = "HEAD".equals(ex.getRequestMethod());
    // A HEAD answer has headers only; announcing a body length for it makes the JDK server warn.
    if (head) {
      ex.getResponseHeaders().add("Content-Length", Integer.toString(body.length));
    }
    ex.sendResponseHeaders(code, head ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!head) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() throws IOException {
    running = false;
    server.stop(0);
    watching.interrupt();
  }
}
