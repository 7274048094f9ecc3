package dev.broadsheet.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.FileStates;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The store on disk, meant to live in git: {@code articles/YYYY/MM/DD.json} (one file per UTC day
 * of publication, articles sorted by id), {@code sources.json} and {@code stories.json} (which
 * story each article is in, so that stories keep their identity from one build to the next, and
 * what the last build settled about each: {@link StoryRecords}). Pretty, sorted JSON with a final
 * newline, written atomically and only when the bytes change, so a scheduled job's commits show
 * exactly what changed.
 */
public final class StoreFiles {
  private static final String ARTICLES = "articles";
  private static final String SOURCES = "sources.json";
  private static final String STORIES = "stories.json";

  private final Path dataDir;
  /** Each day file's articles as {@link #load} read them, to leave alone days a build did not touch. */
  private final Map<Path, List<Article>> loaded = new java.util.HashMap<>();
  /** Each article {@link #load} read, by the digest of its own text in its day file. */
  private final Map<Article, byte[]> readDigests = new IdentityHashMap<>();
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final DayFileJson dayJson;
  private final DayFileReader reader;
  private final DayFileRecord dayRecord;
  private final DaySnapshots snapshots;
  private final StoriesFileJson storiesJson;
  /** What reading the articles found that loses nothing now but will at the next save. */
  private final List<Problem> readWarnings = new java.util.ArrayList<>();

  public StoreFiles(Path dataDir) {
    this(dataDir, DayFileRecord.none(), DaySnapshots.none());
  }

  /**
   * The store in {@code dataDir}, keeping in {@code cacheFolder} under {@code codeStamp} what it
   * reads and writes of each day file, so that a day file untouched since is neither parsed nor
   * digested again (see {@link DayFileRecord} and {@link DaySnapshots}).
   */
  public StoreFiles(Path dataDir, Path cacheFolder, String codeStamp) {
    this(dataDir, DayFileRecord.open(cacheFolder.resolve("day-files.tsv"), codeStamp),
        DaySnapshots.open(cacheFolder.resolve("day-snapshots"), codeStamp));
  }

  private StoreFiles(Path dataDir, DayFileRecord dayRecord, DaySnapshots snapshots) {
    this.dataDir = dataDir;
    this.dayRecord = dayRecord;
    this.snapshots = snapshots;
    this.mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // Tolerate fields written by newer versions; they are simply not read.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    this.writer = mapper.writer(printer.withArrayIndenter(new DefaultIndenter("  ", "\n")));
    this.dayJson = new DayFileJson(mapper, writer);
    this.reader = new DayFileReader(dayJson, dayRecord, snapshots);
    this.storiesJson = new StoriesFileJson(mapper, writer);
  }

  public Path dataDir() {
    return dataDir;
  }

  /** What the last reading of the articles found that the next save will lose (one article twice in a file). */
  public List<Problem> readWarnings() {
    return List.copyOf(readWarnings);
  }

  /** Reads the whole store; a missing folder is an empty store, a broken file an error naming it. */
  public StoreSnapshot load() {
    return new StoreSnapshot(loadArticles(), loadSources());
  }

  /**
   * The stored articles by id, as {@link #load} reads them: a build reads them on a thread of its
   * own while it fetches, which needs only {@link #loadSources}.
   */
  public SortedMap<String, Article> loadArticles() {
    readWarnings.clear();
    TreeMap<String, Article> articles = new TreeMap<>();
    Path articleDir = dataDir.resolve(ARTICLES);
    if (Files.isDirectory(articleDir)) {
      // Parsing is most of a large store's load, and the days are independent: read side by side,
      // then taken in order, so that a broken file is reported the same way every time.
      List<Path> files = dayFiles(articleDir);
      List<DayFileJson.Day> days = files.parallelStream().map(file -> reader.read(file, dayName(file))).toList();
      for (int i = 0; i < files.size(); i++) {
        DayFileJson.Day day = days.get(i);
        if (day.broken() != null) {
          throw day.broken();
        }
        if (!day.unknownFields().isEmpty()) {
          readWarnings.add(Problem.warning(files.get(i).toString(), "holds " + String.join(", ", day.unknownFields())
              + ", which this version of Broadsheet does not know (a newer one wrote it?); writing this day file"
              + " again drops it: use the version that wrote it"));
        }
        for (int a = 0; a < day.articles().size(); a++) {
          Article before = articles.put(day.articles().get(a).id(), day.articles().get(a));
          if (before != null && !before.equals(day.articles().get(a))) {
            // A merge that kept both sides: the copy read first is dropped when the store is saved.
            readWarnings.add(HeldTwice.problem(files, days, i, before));
          }
          if (day.digests().get(a) != null) {
            readDigests.put(day.articles().get(a), day.digests().get(a));
          }
        }
        // An escaped character is a control character an older version stored and reading
        // cleaned away: such a day is not known to be as it would be written, so saving repairs it.
        if (day.asWritten()) {
          loaded.put(files.get(i), day.articles());
        }
      }
    }
    return articles;
  }

  /** What the builds recorded of each source (validators, last success and failure), by source id. */
  public SortedMap<String, SourceState> loadSources() {
    return Files.isRegularFile(dataDir.resolve(SOURCES))
        ? read(dataDir.resolve(SOURCES), new TypeReference<TreeMap<String, SourceState>>() {})
        : new TreeMap<>();
  }

  /** How many day files this store's loads parsed, rather than read from their snapshots. */
  int daysParsed() {
    return reader.parsed();
  }

  /**
   * The digest of {@code article}'s own JSON text in the day file {@link #load} read it from, or
   * null when it is not an article object that load returned (a new or changed one). What this
   * version makes of a stored article depends on that text alone, so equal digests mean equal
   * articles: later stages tell which articles changed without digesting every one's full text.
   */
  public byte[] digestAsRead(Article article) {
    return readDigests.get(article);
  }

  /** Writes {@code snapshot}: changed day files are rewritten, emptied ones deleted. Returns files written. */
  public int save(StoreSnapshot snapshot) {
    SortedMap<Path, List<Article>> byDay = new TreeMap<>();
    // A year of news is a few hundred days: each day's path is made once, not once per article.
    Map<LocalDate, Path> paths = new java.util.HashMap<>();
    for (Article a : snapshot.articles().values()) {
      byDay.computeIfAbsent(paths.computeIfAbsent(dayOf(a), this::dayFile), k -> new ArrayList<>()).add(a);
    }
    int written = 0;
    Set<String> rewritten = new HashSet<>();
    // An article that moves to another day (its feed dated it again) is written into its new day
    // before its old day is written without it: a build stopped in between (killed, a full disk)
    // leaves it in both, read back with a warning and saved once by the next build, never in neither.
    // Only the days that changed are compared: a build that adds one article writes one day.
    List<Map.Entry<Path, List<Article>>> order = new ArrayList<>();
    byDay.entrySet().forEach(day -> {
      if (!sameAsLoaded(day.getKey(), day.getValue())) {
        order.add(day);
      }
    });
    order.sort(java.util.Comparator.comparing(day -> !gainsAnArticle(day.getKey(), day.getValue())));
    try {
      for (Map.Entry<Path, List<Article>> day : order) {
        List<byte[]> digests = new ArrayList<>();
        byte[] json = dayJson.write(day.getValue(), digests);
        if (AtomicFiles.writeDurably(day.getKey(), json)) {
          written++;
          rewritten.add(dayName(day.getKey()));
        }
        dayRecord.saw(dayName(day.getKey()), FileStates.stateOf(day.getKey()), DayFileJson.fileDigest(json), true,
            digests);
        loaded.put(day.getKey(), day.getValue());
        // As if read back: the next build reads these very texts, and its pages match this one's.
        for (int i = 0; i < digests.size(); i++) {
          readDigests.put(day.getValue().get(i), digests.get(i));
        }
      }
      Path articleDir = dataDir.resolve(ARTICLES);
      if (Files.isDirectory(articleDir)) {
        for (Path existing : dayFiles(articleDir)) {
          if (!byDay.containsKey(existing)) {
            Files.delete(existing);
            loaded.remove(existing);
            dayRecord.gone(dayName(existing));
            dev.broadsheet.base.EmptyFolders.remove(existing.getParent(), articleDir);
          }
        }
      }
      written += write(dataDir.resolve(SOURCES), snapshot.sources()) ? 1 : 0;
      dayRecord.save();
      Set<String> days = new HashSet<>();
      byDay.keySet().forEach(day -> days.add(dayName(day)));
      snapshots.save(day -> rewritten.contains(day) || !days.contains(day), days);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the store in " + dataDir, e);
    }
    return written;
  }

  /** Whether {@code day} holds an article its file did not when read (every day not read as written counts). */
  private boolean gainsAnArticle(Path file, List<Article> day) {
    List<Article> before = loaded.get(file);
    if (before == null) {
      return true;
    }
    Set<String> held = new HashSet<>();
    before.forEach(a -> held.add(a.id()));
    return day.stream().anyMatch(a -> !held.contains(a.id()));
  }

  /**
   * Whether a day holds the very article objects {@link #load} read from its file, in the same
   * order: then the file already says what it would be written as, and serialising a year of
   * full texts to compare them with the files is work for nothing.
   */
  private boolean sameAsLoaded(Path file, List<Article> day) {
    List<Article> before = loaded.get(file);
    if (before == null || before.size() != day.size()) {
      return false;
    }
    for (int i = 0; i < day.size(); i++) {
      if (before.get(i) != day.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** What the last build settled about each story ({@link StoryRecords}); none if no build recorded any. */
  public StoryRecords loadStoryRecords() {
    return storiesJson.read(dataDir.resolve(STORIES));
  }

  /** Keeps what this build settled about each story, for the next build to continue from; returns whether the file changed. */
  public boolean saveStoryRecords(StoryRecords records) {
    return storiesJson.write(dataDir.resolve(STORIES), records);
  }

  private static LocalDate dayOf(Article a) {
    return a.effectiveTime() == null
        ? LocalDate.of(1970, 1, 1)
        : a.effectiveTime().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private Path dayFile(LocalDate day) {
    return dataDir.resolve(ARTICLES)
        .resolve(String.format(Locale.ROOT, "%04d", day.getYear()))
        .resolve(String.format(Locale.ROOT, "%02d", day.getMonthValue()))
        .resolve(String.format(Locale.ROOT, "%02d.json", day.getDayOfMonth()));
  }

  private boolean write(Path file, Object value) throws IOException {
    // Straight to UTF-8 bytes: the same text as writing a String and encoding it, without the
    // two extra copies of a large file.
    byte[] body = writer.writeValueAsBytes(value);
    byte[] json = java.util.Arrays.copyOf(body, body.length + 1);
    json[body.length] = '\n';
    return AtomicFiles.writeDurably(file, json);
  }

  private <T> T read(Path file, TypeReference<T> type) {
    return read(file, DayFileReader.bytes(file), type);
  }

  private <T> T read(Path file, byte[] json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (IOException e) {
      throw DayFileJson.unreadable(file, e);
    }
  }

  /** A day file's name in the record: its path in the article folder. */
  private String dayName(Path file) {
    return dataDir.resolve(ARTICLES).relativize(file).toString().replace('\\', '/');
  }

  private static List<Path> dayFiles(Path articleDir) {
    try (Stream<Path> files = Files.walk(articleDir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + articleDir, e);
    }
  }
}
