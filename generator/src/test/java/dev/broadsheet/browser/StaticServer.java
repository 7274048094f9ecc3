package dev.broadsheet.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** Serves a built site from a folder on 127.0.0.1, as a static host would (folders get index.html). */
final class StaticServer implements AutoCloseable {
  private final HttpServer server;

  StaticServer(Path root) throws IOException {
    this(root, path -> { });
  }

  /**
   * A server that first hands each request's path to {@code beforeAnswering}, on a thread of the
   * request's own: a test holds some files back there (a slow line) while others are served.
   */
  StaticServer(Path root, java.util.function.Consumer<String> beforeAnswering) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "static-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      beforeAnswering.accept(path);
      Path file = root.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int code = 200;
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        file = root.resolve("404.html");
        code = 404;
      }
      String type = dev.broadsheet.publish.PreviewServer.contentType(file);
      byte[] body = Files.readAllBytes(file);
      ex.getResponseHeaders().add("Content-Type", type);
      ex.sendResponseHeaders(code, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
