package dev.broadsheet.render;

import dev.broadsheet.base.StreamHash;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fingerprint ({@link StreamHash}) of what a page is rendered from: every value a template can reach,
 * component by component. Records are walked through their components (which is all a template
 * can read of them: their methods compute from the components); lists in order, maps and sets
 * whatever their iteration order; strings, numbers and java.time values by their exact value.
 * Nothing else has a fingerprint: a model holding any other object cannot be cached, and is
 * always rendered ({@link Unknown}). Unlike a record's {@code toString()}, the result does not
 * depend on how a class prints itself, and it is the same in every JVM.
 *
 * <p>Records are immutable, and the same story is in many pages' models: a record's fingerprint
 * is computed once per instance and reused (one object of this class per build).
 */
public final class ModelFingerprint {
  /** A value of a type whose fingerprint is unknown. */
  static final class Unknown extends RuntimeException {
    Unknown(Class<?> type) {
      super("no fingerprint for " + type.getName(), null, false, false);
    }
  }

  /** Types other than those tested one by one whose value is exactly their text. */
  private static final Set<Class<?>> EXACT = Set.of(Float.class, Short.class, Byte.class, Character.class,
      LocalDate.class, LocalDateTime.class, ZonedDateTime.class, Duration.class, URI.class);

  private static final int SHARDS = 64;

  // What kind of value comes next: each value's words begin with one of these.
  private static final long NULL = 0;
  private static final long STRING = 1;
  private static final long RECORD = 2;
  private static final long LIST = 3;
  private static final long INTEGER = 4;
  private static final long LONG = 5;
  private static final long DOUBLE = 6;
  private static final long BOOLEAN = 7;
  private static final long INSTANT = 8;
  private static final long OTHER_EXACT = 9;
  private static final long ENUM = 10;
  private static final long ZONE_OR_PATH = 11;
  private static final long OPTIONAL = 12;
  private static final long MAP = 13;
  private static final long SET = 14;
  private static final long KNOWN = 15;
  private static final long COMPONENTS = 16;

  /**
   * Each remembered record's fingerprint, by identity, in shards chosen by identity hash: every
   * page's model looks up its records here, from every core, and one lock for all was waited on.
   */
  private final IdentityHashMap<Object, byte[]>[] records = shards();
  /** Whether {@link #expect} sized the tables already. */
  private boolean expected;
  /** What is the same for every record of a class, worked out once per class: asked of every record met. */
  private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
  /** Record components left out, as "Type.component": what no template in use reads. */
  private final Set<String> unread;
  /** What else a record's pages show that is not among its components (an article's lead image), or null. */
  private final Function<Record, Object> beside;
  /** A digest that already stands for all of a record's components (a stored article's text), or null. */
  private final Function<Record, byte[]> known;
  /**
   * Whether the fingerprints of a class's records are worth remembering: one made for a single
   * page, or reached only through a record that is remembered, is never met again, and remembering
   * it only grows the table every lookup goes through.
   */
  private final Predicate<Class<?>> shared;

  /**
   * A record class: its name as two hash words, its components' accessors (but the unread ones),
   * and whether its records' fingerprints are remembered.
   */
  private record Shape(long name1, long name2, Method[] accessors, boolean remembered) {}

  /**
   * Fingerprints of every component of every record, except that a record for which {@code known}
   * gives a digest is represented by that digest.
   */
  public ModelFingerprint(Function<Record, byte[]> known) {
    this(Set.of(), r -> null, known, type -> true);
  }

  /**
   * Fingerprints leaving out the record components named in {@code unread} ("Story.score"):
   * values the templates in use never show, which would otherwise make pages look changed. A
   * record that {@code known} has a digest for is represented by it, unread components included:
   * at worst a page is rendered again to the same bytes. Fingerprints of records of the classes for
   * which {@code shared} is false are not remembered.
   */
  ModelFingerprint(Set<String> unread, Function<Record, Object> beside, Function<Record, byte[]> known,
      Predicate<Class<?>> shared) {
    this.unread = Set.copyOf(unread);
    this.beside = beside;
    this.known = known;
    this.shared = shared;
  }

  /** The fingerprint of {@code parts}, in order, as lower-case hex. */
  public String of(Object... parts) {
    return hashOf(parts).hex();
  }

  private byte[] digestOf(Object... parts) {
    return hashOf(parts).digest();
  }

  private StreamHash hashOf(Object... parts) {
    StreamHash hash = new StreamHash();
    for (Object part : parts) {
      update(hash, part);
    }
    return hash;
  }

  /**
   * Makes room for about {@code count} remembered fingerprints before the first is taken: the
   * tables grown entry by entry rehashed every shard a dozen times at 100,000 articles. Only the
   * first call does anything.
   */
  void expect(int count) {
    // Before any fingerprint is taken, on one thread: the pages' threads start after it. Once only,
    // so that no table is swapped under a thread a failed render left fingerprinting.
    if (expected) {
      return;
    }
    expected = true;
    for (int i = 0; i < SHARDS; i++) {
      if (records[i].isEmpty()) {
        records[i] = new IdentityHashMap<>(Math.max(64, count / SHARDS));
      }
    }
  }

  private void update(StreamHash hash, Object value) {
    // The common kinds first, by final class or interface: a set of classes costs a hash probe.
    if (value == null) {
      hash.word(NULL);
    } else if (value instanceof String s) {
      hash.word(STRING).text(s);
    } else if (value instanceof Record r) {
      byte[] digest = record(r);
      hash.word(RECORD).bytes(digest);
    } else if (value instanceof List<?> list) {
      hash.word(LIST).word(list.size());
      for (Object v : list) {
        update(hash, v);
      }
    } else if (value instanceof Integer i) {
      hash.word(INTEGER).word(i);
    } else if (value instanceof Long l) {
      hash.word(LONG).word(l);
    } else if (value instanceof Double d) {
      hash.word(DOUBLE).word(Double.doubleToLongBits(d));
    } else if (value instanceof Boolean b) {
      hash.word(BOOLEAN).word(b ? 1 : 0);
    } else if (value instanceof Instant t) {
      hash.word(INSTANT).word(t.getEpochSecond()).word(t.getNano());
    } else if (EXACT.contains(value.getClass())) {
      hash.word(OTHER_EXACT).text(value.getClass().getSimpleName()).text(value.toString());
    } else if (value instanceof Enum<?> e) {
      hash.word(ENUM).text(e.getDeclaringClass().getName()).text(e.name());
    } else if (value instanceof ZoneId || value instanceof Path) {
      hash.word(ZONE_OR_PATH).text(value instanceof Path ? "path" : "zone").text(value.toString());
    } else if (value instanceof Optional<?> o) {
      hash.word(OPTIONAL);
      update(hash, o.orElse(null));
    } else if (value instanceof Map<?, ?> map) {
      hash.word(MAP).word(map.size());
      if (map.size() == 1) {
        // Most pages' models are maps of one entry: there is an order to leave out only from two on.
        Map.Entry<?, ?> only = map.entrySet().iterator().next();
        update(hash, only.getKey());
        update(hash, only.getValue());
      } else {
        unordered(hash, map.entrySet().stream().map(e -> digestOf(e.getKey(), e.getValue())).toList());
      }
    } else if (value instanceof Collection<?> set) {
      hash.word(SET).word(set.size());
      unordered(hash, set.stream().map(v -> digestOf(v)).toList());
    } else {
      throw new Unknown(value.getClass());
    }
  }

  /** A record's fingerprint: its class and its components', computed once per instance. */
  private byte[] record(Record r) {
    Shape shape = shapes.computeIfAbsent(r.getClass(), this::shapeOf);
    boolean remembered = shape.remembered();
    IdentityHashMap<Object, byte[]> shard = records[System.identityHashCode(r) & (SHARDS - 1)];
    byte[] done = null;
    if (remembered) {
      synchronized (shard) {
        done = shard.get(r);
      }
    }
    if (done != null) {
      return done;
    }
    StreamHash hash = new StreamHash().word(shape.name1()).word(shape.name2());
    byte[] given = known.apply(r);
    if (given != null) {
      hash.word(KNOWN).bytes(given);
    } else {
      hash.word(COMPONENTS);
      for (Method accessor : shape.accessors()) {
        try {
          update(hash, accessor.invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new Unknown(r.getClass());
        }
      }
    }
    update(hash, beside.apply(r));
    byte[] digest = hash.digest();
    if (remembered) {
      synchronized (shard) {
        shard.put(r, digest);
      }
    }
    return digest;
  }

  @SuppressWarnings("unchecked")
  private static IdentityHashMap<Object, byte[]>[] shards() {
    IdentityHashMap<Object, byte[]>[] shards = new IdentityHashMap[SHARDS];
    for (int i = 0; i < SHARDS; i++) {
      // Small at first: a throwaway fingerprint (a stamp, one article) needs little.
      shards[i] = new IdentityHashMap<>(64);
    }
    return shards;
  }

  private Shape shapeOf(Class<?> type) {
    byte[] name = new StreamHash().text(type.getName()).digest();
    return new Shape(java.nio.ByteBuffer.wrap(name).getLong(0), java.nio.ByteBuffer.wrap(name).getLong(8),
        accessorsOf(type), shared.test(type));
  }

  private Method[] accessorsOf(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      if (!unread.contains(type.getSimpleName() + "." + c.getName())) {
        Method accessor = c.getAccessor();
        // A record nested in a non-public class is still read by its public accessor.
        accessor.setAccessible(true);
        methods.add(accessor);
      }
    }
    return methods.toArray(Method[]::new);
  }

  /** Elements whose order means nothing: their fingerprints, sorted. */
  private static void unordered(StreamHash hash, List<byte[]> fingerprints) {
    List<byte[]> sorted = new ArrayList<>(fingerprints);
    sorted.sort(java.util.Arrays::compareUnsigned);
    sorted.forEach(hash::bytes);
  }

  /** The fingerprint of a file's bytes, as lower-case hex. */
  static String ofBytes(byte[] bytes) {
    return new StreamHash().bytes(bytes).hex();
  }
}
