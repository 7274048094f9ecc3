package dev.broadsheet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Headless Debian Chromium driven over the DevTools protocol with the JDK's WebSocket client: one
 * page, its console errors and every request it makes. Started with the flags this workplace
 * needs (no background networking, a fresh profile) and stopped on close.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
  private final String session;

  Chromium() throws Exception {
    profile = Files.createTempDirectory("broadsheet-chromium");
    process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).start();
    String endpoint = null;
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (String line; endpoint == null && System.nanoTime() < deadline && (line = out.readLine()) != null; ) {
      if (line.contains("DevTools listening on ")) {
        endpoint = line.substring(line.indexOf("ws://")).strip();
      }
    }
    if (endpoint == null) {
      process.destroyForcibly();
      throw new IOException("Chromium did not start its DevTools endpoint");
    }
    Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "chromium-output");
    drain.setDaemon(true);
    drain.start();
    socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(endpoint), new Listener()).get(10, TimeUnit.SECONDS);
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
    send("Page.enable", Map.of());
    send("Runtime.enable", Map.of());
    send("Network.enable", Map.of());
    send("Log.enable", Map.of());
  }

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  void onEvent(Consumer<JsonNode> listener) {
    listeners.add(listener);
  }

  JsonNode send(String method, Map<String, Object> params) throws Exception {
    return send(session, method, params);
  }

  private JsonNode send(String sessionId, String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", json.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    synchronized (socket) {
      socket.sendText(json.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    }
    JsonNode result = reply.get(60, TimeUnit.SECONDS);
    if (result.has("error")) {
      throw new IOException(method + " failed: " + result.get("error"));
    }
    return result.path("result");
  }

  /** Loads {@code url} at {@code width} CSS pixels and waits for its load event and a quiet moment. */
  void open(String url, int width) throws Exception {
    send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
        "mobile", width < 600));
    CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
    Consumer<JsonNode> waiter = e -> {
      if ("Page.loadEventFired".equals(e.path("method").asText())) {
        loaded.complete(e);
      }
    };
    listeners.add(waiter);
    send("Page.navigate", Map.of("url", url));
    loaded.get(30, TimeUnit.SECONDS);
    listeners.remove(waiter);
    Thread.sleep(150);
  }

  /**
   * Loads {@code url} at the current size and waits for its load event, then {@code settleMillis}
   * more for timers and focus events; quicker than {@link #open} for tests that load many pages.
   */
  void load(String url, long settleMillis) throws Exception {
    CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
    Consumer<JsonNode> waiter = e -> {
      if ("Page.loadEventFired".equals(e.path("method").asText())) {
        loaded.complete(e);
      }
    };
    listeners.add(waiter);
    try {
      send("Page.navigate", Map.of("url", url));
      loaded.get(30, TimeUnit.SECONDS);
    } finally {
      listeners.remove(waiter);
    }
    Thread.sleep(settleMillis);
  }

  /** Runs {@code source} in every frame of every later page before any of the page's own scripts. */
  void addInitScript(String source) throws Exception {
    send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
  }

  /** The section ({@code data-section}) of each story card and line the page's main part shows, not hidden, in order. */
  JsonNode shownStorySections() throws Exception {
    return eval("Array.from(document.querySelectorAll('main .card, main .line'))"
        + ".filter(el => el.offsetParent !== null).map(el => el.getAttribute('data-section'))");
  }

  /** How many story cards and lines the page's main part shows. */
  int shownStories() throws Exception {
    return shownStorySections().size();
  }

  /** Evaluates {@code expression}, awaiting a promise, and returns its value. */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("script failed: " + r.get("exceptionDetails"));
    }
    return r.path("result").path("value");
  }

  void screenshot(Path file) throws Exception {
    JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Files.createDirectories(file.getParent());
    Files.write(file, java.util.Base64.getDecoder().decode(shot.path("data").asText()));
  }

  @Override
  public void close() throws IOException {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception ignored) {
      // The browser is killed below either way.
    }
    // Its helper processes (renderers, GPU, crash handler) can outlive it for a moment and still
    // write into the profile: listed first, since they are no longer its children once it is gone.
    java.util.List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (ProcessHandle helper : helpers) {
        helper.destroy();
        helper.onExit().get(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      helpers.forEach(ProcessHandle::destroyForcibly);
    }
    deleteProfile();
  }

  /** Deletes the temporary profile; a file that vanishes meanwhile (a helper's last write) is walked again. */
  private void deleteProfile() throws IOException {
    for (int attempt = 1; ; attempt++) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        return;
      } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
        if (attempt == 5 || !Files.exists(profile)) {
          return;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        try {
          JsonNode message = json.readTree(buffer.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            listeners.forEach(l -> l.accept(message));
          }
        } catch (IOException e) {
          // A message we cannot read is not ours to answer.
        }
        buffer.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
