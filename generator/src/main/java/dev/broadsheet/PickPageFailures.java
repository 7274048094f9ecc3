package dev.broadsheet;

import dev.broadsheet.base.Problem;
import dev.broadsheet.base.StampedLines;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticlePage;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of picks that no feed carries which could not be fetched, kept between builds
 * ({@code .broadsheet-cache/pick-pages.tsv}): such a page is asked for again after growing pauses
 * ({@link ArticlePage#nextTry}) for a week, not on every build, and every build still says
 * why it is missing. The page is the pick's only article, so any failure may pass (a 404 before
 * the article goes up, as well as a timeout). Safe to lose: the page is then asked for at once.
 */
final class PickPageFailures {
  private static final String HEADER = "broadsheet pick pages 1 ";

  /** Where the failures are kept, or null when they are not (a check writes nothing). */
  private final StampedLines file;
  private final Path path;
  /** By article id: when the page was first asked for, and its last failed page. */
  private final Map<String, Failure> failures = new TreeMap<>();
  /** The pick pages this build asked about: the failures of picks since removed are not kept. */
  private final java.util.Set<String> noted = new java.util.HashSet<>();

  private record Failure(Instant firstTried, ArticlePage page) {}

  private PickPageFailures(StampedLines file, Path path) {
    this.file = file;
    this.path = path;
    if (file != null) {
      file.read().forEach((id, line) -> {
        String[] fields = line.split("\t", 3);
        try {
          if (fields.length == 3) {
            failures.put(id, new Failure(Instant.parse(fields[0]),
                ArticlePage.failedForNow(Instant.parse(fields[1]), fields[2])));
          }
        } catch (DateTimeException e) {
          // A damaged line: the page is asked for again, as if it were never tried.
        }
      });
    }
  }

  /**
   * The failures kept in {@code file} under {@code policy}: what the site lets fetches reach. A page
   * refused as a private address is asked for at once when the site allows those, not after its pause.
   */
  static PickPageFailures open(Path file, String policy) {
    return new PickPageFailures(new StampedLines(file, HEADER + policy), file);
  }

  /** Failures of this build only: nothing read, nothing written. */
  static PickPageFailures none() {
    return new PickPageFailures(null, null);
  }

  /** The pick's stub as the last failure left it (its page's error, first seen when first tried), or as given. */
  Article known(Article stub) {
    Failure f = failures.get(stub.id());
    return f == null ? stub : stub.withFirstSeen(f.firstTried()).withPage(f.page(), stub.authors(), null, null, null);
  }

  /**
   * What this build learnt of the stub's page, said at {@code pickFile}: {@code fetched} is the stub
   * after extraction, or null when it was not asked for.
   */
  Problem note(Article stub, Article fetched, String pickFile) {
    noted.add(stub.id());
    if (fetched != null) {
      if (fetched.page().error() == null) {
        failures.remove(stub.id());
        return null;
      }
      // Said as every later build says it, with when it is asked for again: a pick's page is, whatever the error.
      failures.put(stub.id(), new Failure(stub.firstSeen(),
          ArticlePage.failedForNow(fetched.page().fetchedAt(), fetched.page().error())));
    }
    Failure f = failures.get(stub.id());
    if (f == null) {
      return null;
    }
    Instant next = f.page().nextTry(f.firstTried());
    return Problem.warning(pickFile, "the page of this pick, " + stub.url() + ", could not be fetched on "
        + seconds(f.page().fetchedAt())
        + ": " + f.page().error() + (next != null ? "; it is asked for again from " + seconds(next)
        : "; it is no longer asked for after a week of tries: correct the pick's url"
            + (path == null ? "" : ", or delete " + path + " to ask at once")));
  }

  private static Instant seconds(Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /** Keeps the failures for the next build (none when made by {@link #none}). */
  void save() {
    if (file == null) {
      return;
    }
    failures.keySet().retainAll(noted);
    Map<String, String> lines = new TreeMap<>();
    failures.forEach((id, f) -> lines.put(id, f.firstTried() + "\t" + f.page().fetchedAt() + "\t"
        + f.page().error().replace('\n', ' ').replace('\r', ' ')));
    file.write(lines, line -> line);
  }
}
