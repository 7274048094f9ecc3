package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.Permalinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The address patterns a site's pages were published under, in {@code data/permalinks.json}: the
 * last build's, and each kind's earlier ones, newest first, so that a page keeps answering at every
 * address it was published at (the site publishes a page sending readers on from each). Kept with
 * the store, not in the cache: a scheduled build starts from an empty output folder and cache.
 *
 * @param published the patterns of the last build that published, or null before the first
 * @param former each kind's patterns before its current one, newest first (kinds without any left out)
 */
public record PermalinkHistory(Permalinks published, Map<Permalinks.Kind, List<String>> former) {
  static final String FILE = "permalinks.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  public PermalinkHistory {
    Map<Permalinks.Kind, List<String>> copy = new EnumMap<>(Permalinks.Kind.class);
    former.forEach((kind, patterns) -> {
      if (!patterns.isEmpty()) {
        copy.put(kind, List.copyOf(patterns));
      }
    });
    former = java.util.Collections.unmodifiableMap(copy);
  }

  /** The history of a site that has not published yet. */
  public static PermalinkHistory none() {
    return new PermalinkHistory(null, Map.of());
  }

  /** The earlier patterns of {@code kind}'s pages, newest first. */
  public List<String> former(Permalinks.Kind kind) {
    return former.getOrDefault(kind, List.of());
  }

  /**
   * The history once a build published under {@code current}: a kind whose pattern changed keeps
   * the one it had among its former ones, and a pattern in use again is no longer a former one.
   */
  public PermalinkHistory after(Permalinks current) {
    Map<Permalinks.Kind, List<String>> next = new EnumMap<>(Permalinks.Kind.class);
    for (Permalinks.Kind kind : Permalinks.Kind.values()) {
      List<String> patterns = new ArrayList<>();
      String was = published == null ? null : published.of(kind);
      if (was != null && !was.equals(current.of(kind))) {
        patterns.add(was);
      }
      former(kind).stream().filter(p -> !patterns.contains(p)).forEach(patterns::add);
      patterns.remove(current.of(kind));
      next.put(kind, patterns);
    }
    return new PermalinkHistory(current, next);
  }

  /** The history in {@code dataDir}; none when the file is not there. */
  public static PermalinkHistory read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return none();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BroadsheetException(Problem.at(file.toString(), line, "the store file is not valid JSON: "
          + e.getOriginalMessage() + "; fix it, or delete it (pages then answer at their current addresses only)"));
    } catch (IOException e) {
      throw new BroadsheetException(new Problem(file.toString(), "cannot read: " + e.getMessage()), e);
    }
    if (root == null || !root.isObject() || !root.path("published").isObject()) {
      throw new BroadsheetException(new Problem(file.toString(), "the store file is not valid: it must be an object"
          + " with 'published' and 'former'; fix it, or delete it (pages then answer at their current addresses only)"));
    }
    Permalinks defaults = Permalinks.defaults();
    JsonNode published = root.path("published");
    Map<Permalinks.Kind, String> patterns = new EnumMap<>(Permalinks.Kind.class);
    Map<Permalinks.Kind, List<String>> former = new EnumMap<>(Permalinks.Kind.class);
    for (Permalinks.Kind kind : Permalinks.Kind.values()) {
      patterns.put(kind, published.path(name(kind)).asText(defaults.of(kind)));
      List<String> list = new ArrayList<>();
      root.path("former").path(name(kind)).forEach(p -> {
        if (p.isTextual() && !p.asText().isBlank()) {
          list.add(p.asText());
        }
      });
      former.put(kind, list);
    }
    return new PermalinkHistory(new Permalinks(patterns.get(Permalinks.Kind.ARTICLE),
        patterns.get(Permalinks.Kind.EDITION), patterns.get(Permalinks.Kind.SECTION),
        patterns.get(Permalinks.Kind.SOURCE), patterns.get(Permalinks.Kind.PAGE)), former);
  }

  /** Writes this history into {@code dataDir}, unless the file holds it already. */
  public void save(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      AtomicFiles.writeDurably(dataDir.resolve(FILE), text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataDir.resolve(FILE), e);
    }
  }

  /** The file's text: kinds in a fixed order, so that the same history is the same bytes. */
  public String text() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode now = root.putObject("published");
    ObjectNode before = root.putObject("former");
    for (Permalinks.Kind kind : Permalinks.Kind.values()) {
      if (published != null) {
        now.put(name(kind), published.of(kind));
      }
      if (!former(kind).isEmpty()) {
        former(kind).forEach(before.putArray(name(kind))::add);
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String name(Permalinks.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
