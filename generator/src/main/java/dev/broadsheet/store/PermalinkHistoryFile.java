package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.EditionsConfig;
import dev.broadsheet.config.Permalinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@code data/permalinks.json} ({@link PermalinkHistory}), checking each value at its line. */
final class PermalinkHistoryFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PermalinkHistoryFile() {}

  /**
   * The history in {@code dataDir}; none when the file is not there. A file that is not JSON, or
   * holds a pattern the config would refuse, stops the build naming its line: its patterns become
   * addresses the site publishes.
   */
  static PermalinkHistory read(Path dataDir) {
    Path file = dataDir.resolve(PermalinkHistory.FILE);
    byte[] bytes;
    JsonNode root;
    Map<String, Integer> lines = new java.util.HashMap<>();
    try {
      bytes = Files.readAllBytes(file);
      root = JSON.readTree(bytes);
      try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(bytes)) {
        for (var token = p.nextToken(); token != null; token = p.nextToken()) {
          lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.getTokenLocation().getLineNr());
        }
      }
    } catch (NoSuchFileException e) {
      return PermalinkHistory.none();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BroadsheetException(Problem.at(file.toString(), line, "the store file is not valid JSON: "
          + e.getOriginalMessage() + "; " + REMEDY));
    } catch (IOException e) {
      throw new BroadsheetException(new Problem(file.toString(), "cannot read: " + e.getMessage()), e);
    }
    List<Problem> problems = new ArrayList<>();
    java.util.function.BiConsumer<String, String> wrong = (pointer, message) -> problems.add(
        Problem.at(file.toString(), lines.getOrDefault(pointer, 0), message + "; " + REMEDY));
    if (root == null || !root.isObject() || !root.path("published").isObject()
        || !(root.path("former").isObject() || root.path("former").isMissingNode())) {
      wrong.accept("", "the store file is not valid: it must be an object with the object 'published' and"
          + " the object 'former'");
      throw new BroadsheetException(problems);
    }
    Map<Permalinks.Kind, String> patterns = new EnumMap<>(Permalinks.Kind.class);
    Map<Permalinks.Kind, List<String>> former = new EnumMap<>(Permalinks.Kind.class);
    for (Permalinks.Kind kind : Permalinks.Kind.values()) {
      String at = "/published/" + PermalinkHistory.name(kind);
      patterns.put(kind, pattern(kind, root.at(at), at, Permalinks.defaults().of(kind), wrong));
      JsonNode list = root.path("former").path(PermalinkHistory.name(kind));
      List<String> earlier = new ArrayList<>();
      if (!list.isMissingNode() && !list.isArray()) {
        wrong.accept("/former/" + PermalinkHistory.name(kind), "'former." + PermalinkHistory.name(kind) + "' must be a list of patterns");
      }
      for (int i = 0; i < list.size(); i++) {
        String checked = pattern(kind, list.get(i), "/former/" + PermalinkHistory.name(kind) + "/" + i, null, wrong);
        if (checked != null) {
          earlier.add(checked);
        }
      }
      former.put(kind, earlier);
    }
    EditionsConfig.Period period = period(root.at("/published/" + PermalinkHistory.PERIOD), "/published/" + PermalinkHistory.PERIOD, wrong);
    JsonNode list = root.path("former").path(PermalinkHistory.PERIOD);
    List<EditionsConfig.Period> periods = new ArrayList<>();
    if (!list.isMissingNode() && !list.isArray()) {
      wrong.accept("/former/" + PermalinkHistory.PERIOD, "'former." + PermalinkHistory.PERIOD + "' must be a list of periods");
    }
    for (int i = 0; i < list.size(); i++) {
      EditionsConfig.Period p = period(list.get(i), "/former/" + PermalinkHistory.PERIOD + "/" + i, wrong);
      if (p != null) {
        periods.add(p);
      }
    }
    String zone = zone(root.at("/published/" + PermalinkHistory.ZONE), "/published/" + PermalinkHistory.ZONE, wrong);
    JsonNode zoneList = root.path("former").path(PermalinkHistory.ZONE);
    List<String> zones = new ArrayList<>();
    if (!zoneList.isMissingNode() && !zoneList.isArray()) {
      wrong.accept("/former/" + PermalinkHistory.ZONE, "'former." + PermalinkHistory.ZONE + "' must be a list of time zones");
    }
    for (int i = 0; i < zoneList.size(); i++) {
      String z = zone(zoneList.get(i), "/former/" + PermalinkHistory.ZONE + "/" + i, wrong);
      if (z != null) {
        zones.add(z);
      }
    }
    if (!problems.isEmpty()) {
      throw new BroadsheetException(problems);
    }
    return new PermalinkHistory(new Permalinks(patterns.get(Permalinks.Kind.ARTICLE),
        patterns.get(Permalinks.Kind.EDITION), patterns.get(Permalinks.Kind.SECTION),
        patterns.get(Permalinks.Kind.SOURCE), patterns.get(Permalinks.Kind.PAGE)), former, period, periods, zone, zones);
  }


  /** The zone id at {@code pointer} ("Europe/Paris"); null when it is not there. */
  private static String zone(JsonNode node, String pointer, java.util.function.BiConsumer<String, String> wrong) {
    if (node.isMissingNode()) {
      return null;
    }
    try {
      if (node.isTextual()) {
        return java.time.ZoneId.of(node.asText()).getId();
      }
    } catch (java.time.DateTimeException e) {
      // Said below.
    }
    wrong.accept(pointer, "'" + pointer.substring(1).replace('/', '.') + "' must be a time zone such as \"Europe/Paris\"");
    return null;
  }


  /** The period at {@code pointer} ("daily", "weekly"); null when it is not there. */
  private static EditionsConfig.Period period(JsonNode node, String pointer,
      java.util.function.BiConsumer<String, String> wrong) {
    if (node.isMissingNode()) {
      return null;
    }
    for (EditionsConfig.Period p : EditionsConfig.Period.values()) {
      if (node.isTextual() && node.asText().equals(p.name().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    wrong.accept(pointer, "'" + pointer.substring(1).replace('/', '.') + "' must be \"daily\" or \"weekly\"");
    return null;
  }

  private static final String REMEDY = "fix it, or delete it (pages then answer at their current addresses only)";

  /** The pattern at {@code pointer}, as the config would have it; {@code absent} when it is not there. */
  private static String pattern(Permalinks.Kind kind, JsonNode node, String pointer, String absent,
      java.util.function.BiConsumer<String, String> wrong) {
    if (node.isMissingNode()) {
      return absent;
    }
    if (!node.isTextual()) {
      wrong.accept(pointer, "'" + pointer.substring(1).replace('/', '.') + "' must be a pattern in quotes");
      return absent;
    }
    return Permalinks.checked(kind, node.asText(), (key, message) -> wrong.accept(pointer,
        message.replace("'permalinks." + PermalinkHistory.name(kind) + "'", "'" + pointer.substring(1).replace('/', '.') + "'")));
  }
}
