package dev.broadsheet.render;

import dev.broadsheet.base.ChangeDigests;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An MD5 fingerprint of what a page is rendered from: every value a template can reach,
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

  private static final Set<Class<?>> EXACT = Set.of(String.class, Boolean.class, Integer.class, Long.class,
      Double.class, Float.class, Short.class, Byte.class, Character.class, Instant.class, LocalDate.class,
      LocalDateTime.class, ZonedDateTime.class, Duration.class, URI.class);

  private final Map<Object, byte[]> records = Collections.synchronizedMap(new IdentityHashMap<>(1 << 14));
  private final Map<Class<?>, Method[]> accessors = new ConcurrentHashMap<>();
  /** Record components left out, as "Type.component": what no template in use reads. */
  private final Set<String> unread;
  /** What else a record's pages show that is not among its components (an article's lead image), or null. */
  private final Function<Record, Object> beside;
  /** A digest that already stands for all of a record's components (a stored article's text), or null. */
  private final Function<Record, byte[]> known;
  /**
   * Whether a record's fingerprint is worth remembering: one made for a single page is never met
   * again, and remembering it only grows the table every lookup goes through.
   */
  private final Predicate<Record> shared;

  /**
   * Fingerprints of every component of every record, except that a record for which {@code known}
   * gives a digest is represented by that digest.
   */
  public ModelFingerprint(Function<Record, byte[]> known) {
    this(Set.of(), r -> null, known, r -> true);
  }

  /**
   * Fingerprints leaving out the record components named in {@code unread} ("Story.score"):
   * values the templates in use never show, which would otherwise make pages look changed. A
   * record that {@code known} has a digest for is represented by it, unread components included:
   * at worst a page is rendered again to the same bytes. Fingerprints of records for which
   * {@code shared} is false are not remembered.
   */
  ModelFingerprint(Set<String> unread, Function<Record, Object> beside, Function<Record, byte[]> known,
      Predicate<Record> shared) {
    this.unread = Set.copyOf(unread);
    this.beside = beside;
    this.known = known;
    this.shared = shared;
  }

  /** The fingerprint of {@code parts}, in order, as lower-case hex. */
  public String of(Object... parts) {
    MessageDigest sha = ChangeDigests.start();
    for (Object part : parts) {
      update(sha, part);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private void update(MessageDigest sha, Object value) {
    if (value == null) {
      sha.update((byte) 0);
    } else if (value instanceof String s) {
      // Most values are strings, records and lists: tested before the set of exact types, which
      // costs a hash probe (none of them is a record or a list).
      text(sha, "String");
      text(sha, s);
    } else if (value instanceof Record r) {
      sha.update((byte) 'R');
      sha.update(record(r));
    } else if (value instanceof List<?> list) {
      sha.update((byte) 'L');
      count(sha, list.size());
      list.forEach(v -> update(sha, v));
    } else if (EXACT.contains(value.getClass())) {
      text(sha, value.getClass().getSimpleName());
      text(sha, value.toString());
    } else if (value instanceof Enum<?> e) {
      text(sha, e.getDeclaringClass().getName() + "." + e.name());
    } else if (value instanceof ZoneId || value instanceof Path) {
      text(sha, value.getClass().getSimpleName().startsWith("Zone") ? "zone" : "path");
      text(sha, value.toString());
    } else if (value instanceof Optional<?> o) {
      sha.update((byte) 'O');
      update(sha, o.orElse(null));
    } else if (value instanceof Map<?, ?> map) {
      sha.update((byte) 'M');
      unordered(sha, map.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList());
    } else if (value instanceof Collection<?> set) {
      sha.update((byte) 'S');
      unordered(sha, set.stream().map(v -> of(v)).toList());
    } else {
      throw new Unknown(value.getClass());
    }
  }

  /** A record's fingerprint: its class and its components', computed once per instance. */
  private byte[] record(Record r) {
    boolean remembered = shared.test(r);
    byte[] done = remembered ? records.get(r) : null;
    if (done != null) {
      return done;
    }
    MessageDigest sha = ChangeDigests.start();
    text(sha, r.getClass().getName());
    byte[] given = known.apply(r);
    if (given != null) {
      sha.update((byte) 'K');
      sha.update(given);
    } else {
      for (Method accessor : accessors.computeIfAbsent(r.getClass(), this::accessorsOf)) {
        try {
          update(sha, accessor.invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new Unknown(r.getClass());
        }
      }
    }
    update(sha, beside.apply(r));
    byte[] digest = sha.digest();
    if (remembered) {
      records.put(r, digest);
    }
    return digest;
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
  private static void unordered(MessageDigest sha, List<String> fingerprints) {
    List<String> sorted = new ArrayList<>(fingerprints);
    Collections.sort(sorted);
    count(sha, sorted.size());
    sorted.forEach(f -> text(sha, f));
  }

  private static void text(MessageDigest sha, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    count(sha, bytes.length);
    sha.update(bytes);
  }

  private static void count(MessageDigest sha, int n) {
    sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
  }

  /** The fingerprint of a file's bytes, as lower-case hex. */
  static String ofBytes(byte[] bytes) {
    return ChangeDigests.hex(bytes);
  }
}
