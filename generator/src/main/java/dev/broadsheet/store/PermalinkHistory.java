package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.EditionsConfig;
import dev.broadsheet.config.Permalinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * <p>Editions move by their period too: a site that goes from daily to weekly editions (or back)
 * publishes its editions at other dates, so the periods they were published under are kept beside
 * the patterns, and each edition answers at the addresses of the earlier period's editions it holds.
 *
 * @param published the patterns of the last build that published, or null before the first
 * @param former each kind's patterns before its current one, newest first (kinds without any left out)
 * <p>So do they by the site's time zone: an edition is a day (or week) of the zone's calendar, so a
 * site that moves to its newsroom's zone dates the same news otherwise, and the zones are kept too.
 *
 * @param period the editions' period of the last build that published, or null when not known
 * @param formerPeriods the editions' periods before it, newest first
 * @param zone the time zone of the last build that published (its id), or null when not known
 * @param formerZones the zones before it, newest first
 */
public record PermalinkHistory(Permalinks published, Map<Permalinks.Kind, List<String>> former,
    EditionsConfig.Period period, List<EditionsConfig.Period> formerPeriods, String zone, List<String> formerZones) {
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
    formerPeriods = List.copyOf(formerPeriods);
    formerZones = List.copyOf(formerZones);
  }

  /** The patterns and periods, no zone known. */
  public PermalinkHistory(Permalinks published, Map<Permalinks.Kind, List<String>> former,
      EditionsConfig.Period period, List<EditionsConfig.Period> formerPeriods) {
    this(published, former, period, formerPeriods, null, List.of());
  }

  /** The patterns alone, no period known. */
  public PermalinkHistory(Permalinks published, Map<Permalinks.Kind, List<String>> former) {
    this(published, former, null, List.of());
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
    return after(current, period);
  }

  /** As {@link #after(Permalinks)}, with the editions' period too: one that changed becomes a former one. */
  public PermalinkHistory after(Permalinks current, EditionsConfig.Period currentPeriod) {
    return after(current, currentPeriod, zone == null ? null : java.time.ZoneId.of(zone));
  }

  /** As above, with the site's time zone too: one that changed becomes a former one. */
  public PermalinkHistory after(Permalinks current, EditionsConfig.Period currentPeriod, java.time.ZoneId currentZone) {
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
    List<EditionsConfig.Period> periods = new ArrayList<>();
    if (period != null && period != currentPeriod) {
      periods.add(period);
    }
    formerPeriods.stream().filter(p -> !periods.contains(p)).forEach(periods::add);
    periods.remove(currentPeriod);
    String now = currentZone == null ? null : currentZone.getId();
    List<String> zones = new ArrayList<>();
    if (zone != null && !sameZone(zone, now)) {
      zones.add(zone);
    }
    formerZones.stream().filter(z -> zones.stream().noneMatch(y -> sameZone(y, z))).forEach(zones::add);
    zones.removeIf(z -> sameZone(z, now));
    return new PermalinkHistory(current, next, currentPeriod, periods, now, zones);
  }

  /** Whether two zone ids name one calendar (UTC and Etc/UTC): a new name for it moves no edition. */
  private static boolean sameZone(String a, String b) {
    return a != null && b != null && java.time.ZoneId.of(a).normalized().equals(java.time.ZoneId.of(b).normalized());
  }

  /** Whether editions were dated otherwise before (another period or zone): their old addresses answer too. */
  public boolean editionsMoved() {
    return !formerPeriods.isEmpty() || !formerZones.isEmpty();
  }

  /**
   * The history in {@code dataDir}; none when the file is not there. A file that is not JSON, or
   * holds a pattern the config would refuse, stops the build naming its line: its patterns become
   * addresses the site publishes.
   */
  public static PermalinkHistory read(Path dataDir) {
    return PermalinkHistoryFile.read(dataDir);
  }

  /** The keys of the editions' period and the site's time zone, in {@code published} and {@code former}. */
  static final String PERIOD = "editionPeriod";
  static final String ZONE = "timezone";

  /**
   * Writes this history into {@code dataDir}, unless the file holds it already; one that cannot be
   * written is a warning in {@code problems} (the site is published by then). True when it is saved.
   */
  public boolean saveOrWarn(Path dataDir, List<Problem> problems) {
    try {
      save(dataDir);
      return true;
    } catch (UncheckedIOException e) {
      problems.add(Problem.warning(dataDir.resolve(FILE).toString(), "could not be written ("
          + dev.broadsheet.base.IoFailures.describe(e) + "): until a build writes it, a change of permalinks"
          + " leaves the addresses pages have now without a page sending readers on"));
      return false;
    }
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
    if (period != null) {
      now.put(PERIOD, period.name().toLowerCase(Locale.ROOT));
    }
    if (!formerPeriods.isEmpty()) {
      var periods = before.putArray(PERIOD);
      formerPeriods.forEach(p -> periods.add(p.name().toLowerCase(Locale.ROOT)));
    }
    if (zone != null) {
      now.put(ZONE, zone);
    }
    if (!formerZones.isEmpty()) {
      formerZones.forEach(before.putArray(ZONE)::add);
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String name(Permalinks.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
