package dev.broadsheet.feed;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.CheckedSegment;
import dev.broadsheet.store.Media;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The items of a source's feed as the last reading converted them, by {@link EntryKeys what they
 * were made of}: a feed that changed by one new item converts that one and takes the others as
 * they were, instead of cleaning the HTML of every item again (most of the time a changed feed
 * took to read). Kept in the site's cache folder, one file per source, holding the items of the
 * latest reading only. Safe to lose: a file written by other code, damaged or missing is read as
 * empty, and every item is converted.
 */
public final class KnownEntries {
  private static final KnownEntries NONE = new KnownEntries(null, "", new long[0], Map.of());

  private final Path file;
  private final String stamp;
  private final long[] secret;
  private final Map<EntryKeys.Key, Converted> before;
  private final Map<EntryKeys.Key, Converted> now = new LinkedHashMap<>();
  private int conversions;

  /**
   * An item as converted, and what its conversion warned of.
   *
   * @param warnings told for each item that gives them (an unreadable date names its item)
   * @param warningsOnce told once for all the items of a feed (an item's title cut to the longest kept)
   */
  record Converted(FeedEntry entry, List<String> warnings, List<String> warningsOnce) {}

  /**
   * Where a site keeps its sources' known items: under the stamp of the running code, and under a
   * secret of the site's that starts every item's key ({@link EntryKeys}).
   */
  public static final class Folder {
    public static final Folder NONE = new Folder(null, "", new long[0]);

    private static final java.util.regex.Pattern FILE_SAFE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final String SECRET = "secret";

    private final Path path;
    private final String stamp;
    private final long[] secret;

    private Folder(Path path, String stamp, long[] secret) {
      this.path = path;
      this.stamp = stamp;
      this.secret = secret;
    }

    /**
     * The folder at {@code path}, its secret made on first use; none when that cannot be read or
     * written. The stamp takes in the Java runtime and its time-zone rules, which the kept dates
     * and cleaned HTML also depend on, and where the HTML and XML libraries were loaded from (the
     * Maven plugin takes them from the local repository, not from a jar of Broadsheet's).
     */
    public static Folder open(Path path, String codeStamp) {
      try {
        Path file = path.resolve(SECRET);
        byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        if (bytes.length != 16) {
          bytes = new byte[16];
          new java.security.SecureRandom().nextBytes(bytes);
          Files.createDirectories(path);
          AtomicFiles.writeIfChanged(file, bytes);
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        return new Folder(path, codeStamp + " " + runtime(), new long[] {b.getLong(), b.getLong()});
      } catch (IOException | RuntimeException e) {
        return NONE;
      }
    }

    private static String runtime() {
      String zones;
      try {
        zones = java.time.zone.ZoneRulesProvider.getVersions("Europe/Paris").lastKey();
      } catch (RuntimeException e) {
        zones = "?";
      }
      return Runtime.version() + " tzdb " + zones + " " + loadedFrom(org.jsoup.Jsoup.class) + " "
          + loadedFrom(org.jdom2.Document.class);
    }

    private static String loadedFrom(Class<?> type) {
      java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
      return source == null || source.getLocation() == null ? type.getName() : source.getLocation().toString();
    }

    /**
     * Deletes the known items of sources other than {@code sourceIds} (sources the config no longer
     * lists), and leftovers of interrupted writes.
     */
    public void keepOnly(java.util.Set<String> sourceIds) {
      if (path == null || !Files.isDirectory(path)) {
        return;
      }
      try (java.util.stream.Stream<Path> files = Files.list(path)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          String name = f.getFileName().toString();
          boolean gone = name.endsWith(".bin") && !sourceIds.contains(name.substring(0, name.length() - 4));
          if (gone || !AtomicFiles.leftoverTargets(name).isEmpty()) {
            Files.deleteIfExists(f);
          }
        }
      } catch (IOException | RuntimeException e) {
        // A cache: a file left behind is only room taken.
      }
    }

    /** How many bytes the known items of source {@code sourceId} take on disk (0 when it has none kept). */
    public long storedBytes(String sourceId) {
      try {
        return path == null || !FILE_SAFE.matcher(sourceId).matches() ? 0 : Files.size(path.resolve(sourceId + ".bin"));
      } catch (IOException e) {
        return 0;
      }
    }

    /** The known items of source {@code sourceId}, read now. */
    public KnownEntries of(String sourceId) {
      return path == null || !FILE_SAFE.matcher(sourceId).matches() ? KnownEntries.NONE
          : KnownEntries.read(path.resolve(sourceId + ".bin"), stamp, secret);
    }
  }

  private KnownEntries(Path file, String stamp, long[] secret, Map<EntryKeys.Key, Converted> before) {
    this.file = file;
    this.stamp = stamp;
    this.secret = secret;
    this.before = before;
  }

  /** Known items that are never kept. */
  public static KnownEntries none() {
    return NONE;
  }

  boolean kept() {
    return file != null;
  }

  /** How the items of a document read as {@code kind} are known. */
  EntryKeys keys(FeedDocument.Kind kind, String documentBase, java.time.ZoneId zone) {
    return new EntryKeys(secret, kind, documentBase, zone);
  }

  /** The item of {@code key} as known, else as {@code conversion} converts it now. */
  Converted convert(EntryKeys.Key key, Supplier<Converted> conversion) {
    if (file == null || key == null) {
      return conversion.get();
    }
    Converted c = now.get(key);
    if (c == null) {
      c = before.get(key);
      if (c == null) {
        c = conversion.get();
        conversions++;
      }
      now.put(key, c);
    }
    return c;
  }

  /** How many items this reading converted: those not known. */
  int conversions() {
    return conversions;
  }

  /**
   * Keeps the items of this reading for the next, when they differ from what was known. Not being
   * able to keep them is no error: the next reading converts them again.
   */
  public void save() {
    if (file == null || (conversions == 0 && now.keySet().equals(before.keySet()))) {
      return;
    }
    try {
      CheckedSegment.Sink out = new CheckedSegment.Sink();
      out.text(stamp);
      out.number(now.size());
      for (Map.Entry<EntryKeys.Key, Converted> e : now.entrySet()) {
        out.wide(e.getKey().high());
        out.wide(e.getKey().low());
        write(out, e.getValue());
      }
      Files.createDirectories(file.getParent());
      AtomicFiles.writeIfChanged(file, out.segment());
    } catch (IOException | RuntimeException e) {
      // A cache: the next reading converts every item.
    }
  }

  private static KnownEntries read(Path file, String stamp, long[] secret) {
    Map<EntryKeys.Key, Converted> known = new HashMap<>();
    try {
      if (Files.isRegularFile(file)) {
        CheckedSegment.Source in = CheckedSegment.Source.first(Files.readAllBytes(file));
        if (in.text().equals(stamp)) {
          // An item is at least its key, two counts of warnings and eight lengths of texts.
          int count = in.count(56);
          for (int i = 0; i < count; i++) {
            known.put(new EntryKeys.Key(in.wide(), in.wide()), read(in));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      known.clear();
    }
    return new KnownEntries(file, stamp, secret, known);
  }

  private static void write(CheckedSegment.Sink out, Converted c) {
    texts(out, c.warnings());
    texts(out, c.warningsOnce());
    FeedEntry e = c.entry();
    for (String s : new String[] {e.guid(), e.link(), e.title(), e.summaryHtml(), e.imageUrl(), e.originalPublisher(),
        e.language(), e.contentHtml()}) {
      out.textOrNone(s);
    }
    texts(out, e.authors());
    texts(out, e.categories());
    time(out, e.published());
    time(out, e.updated());
    out.number(e.publishedDayOnly() ? 1 : 0);
    Media m = e.media();
    out.number(m == null ? 0 : 1);
    if (m != null) {
      out.text(m.url());
      out.textOrNone(m.type());
      out.wide(m.length() == null ? -1 : m.length());
      out.number(m.seconds() == null ? -1 : m.seconds());
    }
  }

  private static Converted read(CheckedSegment.Source in) throws IOException {
    List<String> warnings = texts(in);
    List<String> warningsOnce = texts(in);
    String[] s = new String[8];
    for (int i = 0; i < s.length; i++) {
      s[i] = in.textOrNone();
    }
    List<String> authors = texts(in);
    List<String> categories = texts(in);
    Instant published = time(in);
    Instant updated = time(in);
    boolean dayOnly = in.number() == 1;
    Media media = null;
    if (in.number() == 1) {
      String url = in.text();
      String type = in.textOrNone();
      long length = in.wide();
      int seconds = in.number();
      media = new Media(url, type, length < 0 ? null : length, seconds < 0 ? null : seconds);
    }
    return new Converted(new FeedEntry(s[0], s[1], s[2], s[3], authors, categories, published, updated, s[4], s[5], s[6],
        s[7], dayOnly, media), warnings, warningsOnce);
  }

  private static void texts(CheckedSegment.Sink out, List<String> list) {
    out.number(list.size());
    list.forEach(out::text);
  }

  private static List<String> texts(CheckedSegment.Source in) throws IOException {
    int n = in.count(4);
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(in.text());
    }
    return List.copyOf(list);
  }

  private static void time(CheckedSegment.Sink out, Instant t) {
    out.number(t == null ? 0 : 1);
    if (t != null) {
      out.wide(t.getEpochSecond());
      out.number(t.getNano());
    }
  }

  private static Instant time(CheckedSegment.Source in) {
    return in.number() == 0 ? null : Instant.ofEpochSecond(in.wide(), in.number());
  }
}
