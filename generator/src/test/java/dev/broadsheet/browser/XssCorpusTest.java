package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input never runs in a reader's browser: every {@link XssVectors vector} is placed in
 * every field of a saved RSS feed, a JSON Feed and a pick ({@link HostileSite#PLACEMENTS}), the
 * site is built offline, and every page it generates is loaded in headless Chromium with a hook
 * installed before any of the page's scripts that records a call of {@code __xss},
 * {@code alert}, {@code confirm} or {@code prompt}. No call may happen; no element may carry an
 * event handler or a script URL; every inline JSON-LD block must parse; every generated XML and
 * JSON file, and the JSON the search index script assigns, must parse. Search is loaded with queries that match the hostile titles and with
 * queries that are themselves vectors. Skips without Chromium.
 */
@EnabledIf(value = "dev.broadsheet.browser.Chromium#available", disabledReason = "no Chromium at /usr/bin/chromium")
class XssCorpusTest {
  private static final String MARK = "__xss__";
  /** Records every way a payload could announce itself; a payload that reached a page calls one of these. */
  private static final String HOOK = """
      (() => {
        const hit = (how, n) => { console.debug('%s' + how + ':' + String(n)); };
        window.__xss = n => hit('__xss', n);
        window.alert = n => hit('alert', n);
        window.confirm = n => { hit('confirm', n); return false; };
        window.prompt = n => { hit('prompt', n); return null; };
      })();
      """.formatted(MARK);
  /** Markup that could run script even where nothing fired during the load (hover, click, submit). */
  private static final String AUDIT = """
      (() => {
        const risky = [];
        const url = /^(javascript|vbscript|data:text\\/html|data:image\\/svg)/;
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.attributes) {
            const name = a.name.toLowerCase();
            const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
            if (name.startsWith('on') || name === 'srcdoc'
                || (/(^|:)(href|src|action|formaction|data|background|poster|to|values)$/.test(name) && url.test(value))) {
              risky.push(el.tagName.toLowerCase() + '[' + name + '=' + a.value.slice(0, 60) + ']');
            }
          }
          if (['IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'BASE'].includes(el.tagName)) risky.push(el.tagName);
          if (el.tagName === 'META' && /refresh/i.test(el.getAttribute('http-equiv') || '')) risky.push('meta refresh');
        }
        for (const s of document.querySelectorAll('script')) {
          const type = (s.type || 'text/javascript').toLowerCase();
          if (!s.src && type !== 'application/ld+json' && type !== 'application/json') risky.push('inline script');
          if (s.src && !s.src.startsWith(location.origin + '/assets/')
              && !/^\\/search\\/(index|\\d{4}-\\d\\d|undated)\\.js(\\?[0-9a-z]+)?$/.test(s.src.slice(location.origin.length))) {
            risky.push('script ' + s.src);
          }
        }
        const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')];
        const broken = blocks.filter(b => { try { JSON.parse(b.textContent); return false; } catch (e) { return true; } });
        const shown = (document.body ? document.body.textContent : '').includes('__xss(');
        return {risky, jsonLd: blocks.length, jsonLdBroken: broken.length, shown};
      })()
      """;

  @TempDir Path temp;

  @Test
  void noVectorInAnyFeedOrPickFieldRunsOnAnyGeneratedPage() throws Exception {
    long started = System.nanoTime();
    List<String> vectors = XssVectors.all();
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
    Path site = temp.resolve("site");
    HostileSite.write(site, vectors);
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC)));
    Path root = site.resolve("public");
    List<String> pages = new ArrayList<>();
    List<Path> dataFiles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (name.endsWith(".html")) {
          pages.add(name.endsWith("index.html") ? name.substring(0, name.length() - "index.html".length()) : name);
        } else if (name.endsWith(".xml") || name.endsWith(".json") || (name.startsWith("search/") && name.endsWith(".js"))) {
          dataFiles.add(p);
        }
      }
    }
    for (int i = 0; i < vectors.size(); i += 12) {
      pages.add("search/?q=" + URLEncoder.encode(vectors.get(i), StandardCharsets.UTF_8));
    }
    for (String q : List.of("vector", "pick", "script", "onerror", "json", "rss", "svg", "javascript")) {
      pages.add("search/?q=" + q);
    }

    List<String> executions = new CopyOnWriteArrayList<>();
    List<String> risky = new ArrayList<>();
    List<String> brokenJsonLd = new ArrayList<>();
    int jsonLdBlocks = 0;
    int showingVectors = 0;
    // A page of our own that does run two payloads proves the hook records what it should.
    Files.writeString(root.resolve("xss-control.html"),
        "<!doctype html><title>control</title><img src=x onerror=__xss('control')><script>alert('control')</script>");
    String[] current = {""};
    try (StaticServer server = new StaticServer(root); Chromium browser = new Chromium()) {
      browser.onEvent(e -> {
        String method = e.path("method").asText();
        JsonNode args = e.path("params").path("args");
        if (method.equals("Runtime.consoleAPICalled") && args.path(0).path("value").asText().startsWith(MARK)) {
          executions.add(current[0] + " -> " + args.path(0).path("value").asText().substring(MARK.length()));
        } else if (method.equals("Page.javascriptDialogOpening")) {
          executions.add(current[0] + " -> dialog " + e.path("params").path("message").asText());
        }
      });
      browser.addInitScript(HOOK);
      current[0] = "control";
      browser.load(server.url("xss-control.html"), 50);
      assertThat(executions).as("the hook catches a payload that runs")
          .containsExactlyInAnyOrder("control -> __xss:control", "control -> alert:control");
      executions.clear();
      for (String page : pages) {
        current[0] = page;
        browser.load(server.url(page), page.startsWith("search/") ? 150 : 15);
        JsonNode audit = browser.eval(AUDIT);
        audit.path("risky").forEach(r -> risky.add(page + ": " + r.asText()));
        jsonLdBlocks += audit.path("jsonLd").asInt();
        showingVectors += audit.path("shown").asBoolean() ? 1 : 0;
        if (audit.path("jsonLdBroken").asInt() > 0) {
          brokenJsonLd.add(page);
        }
      }
    }
    List<String> unreadable = unreadableDataFiles(dataFiles, root);
    String report = String.format("XSS corpus: %d vectors x %d placements; built %d problems; %d pages loaded "
            + "(%d search queries, %d showing vectors as text); %d JSON-LD blocks, %d broken; %d XML/JSON files parsed, %d unreadable; "
            + "%d executions; %d risky elements; %.1f s",
        vectors.size(), HostileSite.PLACEMENTS.size(), result.problems().size(), pages.size(),
        pages.stream().filter(p -> p.startsWith("search/?")).count(), showingVectors, jsonLdBlocks, brokenJsonLd.size(),
        dataFiles.size(), unreadable.size(), executions.size(), risky.size(), (System.nanoTime() - started) / 1e9);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "xss-corpus-report.txt"), report + "\n" + String.join("\n", executions)
        + "\n" + String.join("\n", risky) + "\n");
    assertThat(pages.size()).as("pages loaded").isGreaterThan(3 * vectors.size() / HostileSite.PER_ITEM);
    assertThat(showingVectors).as("pages that show vectors as text").isGreaterThan(vectors.size() / HostileSite.PER_ITEM);
    assertThat(executions).as("payloads that ran").isEmpty();
    assertThat(risky).as("script-capable markup on a page").isEmpty();
    assertThat(brokenJsonLd).as("pages whose JSON-LD does not parse").isEmpty();
    assertThat(jsonLdBlocks).as("JSON-LD blocks checked").isGreaterThan(3 * vectors.size() / HostileSite.PER_ITEM);
    assertThat(unreadable).as("generated feeds and data that do not parse").isEmpty();
  }

  /** Each generated XML file parsed with DOCTYPEs refused, each JSON file with Jackson; the names of those that fail. */
  private static List<String> unreadableDataFiles(List<Path> files, Path root) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setNamespaceAware(true);
    ObjectMapper json = new ObjectMapper();
    List<String> unreadable = new ArrayList<>();
    for (Path file : files) {
      try {
        if (file.toString().endsWith(".xml")) {
          factory.newDocumentBuilder().parse(file.toFile());
        } else if (file.toString().endsWith(".js")) {
          // The search index and its parts: each a script whose one statement assigns a JSON value,
          // and nothing else.
          String script = Files.readString(file);
          String name = file.getFileName().toString();
          String head = name.equals("index.js") ? "window.broadsheetSearchIndex="
              : "(window.broadsheetSearchParts=window.broadsheetSearchParts||{})[\"" + name.substring(0, name.length() - 3)
              + "\"]=";
          if (!script.startsWith(head) || !script.endsWith(";\n")) {
            throw new IllegalStateException("not one assignment of the index");
          }
          json.readTree(script.substring(head.length(), script.length() - 2));
        } else {
          json.readTree(file.toFile());
        }
      } catch (Exception e) {
        unreadable.add(root.relativize(file) + ": " + e.getMessage());
      }
    }
    return unreadable;
  }
}
