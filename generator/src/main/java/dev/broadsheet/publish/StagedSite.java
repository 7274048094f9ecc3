package dev.broadsheet.publish;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The next site, worked out against the live one and then laid out in an empty folder.
 *
 * <p>A file whose bytes did not change is hard-linked from the live site, not written: it keeps
 * its inode and modification time, so hosts that sync by size and time (rsync, {@code aws s3
 * sync}) skip it and only changed bytes are written. Where hard links are not possible (another
 * file system, a file owned by someone else) it is copied with its time. Files in the output
 * folder that no build wrote (a CNAME, a verification file) are carried over the same way, and
 * symbolic links among them as links, never followed. What is not carried over: files an earlier
 * build wrote and this one does not, and temporary files of a killed build.
 *
 * @param files every file of the new site (the manifest included), by path; a null value is a page kept
 *     as published, whose bytes are those of the live site's file
 * @param reused the files whose bytes are already in the live site, with where they are there
 * @param carried files no build wrote, to take over from the live site, with where they are there
 * @param deleted files an earlier build wrote that this one does not
 * @param unchanged whether the new site would be the live one, entry for entry
 * @param problems files of the live site that are in the way of new ones and are dropped
 * @param liveKeys every entry of the live site with its file key ({@link SpareSite#keyOf}; null where
 *     the file system has none): what the live site holds, recorded when it becomes the spare
 */
record StagedSite(NavigableMap<String, byte[]> files, Map<String, Path> reused, Map<String, Path> carried,
    int deleted, boolean unchanged, List<Problem> problems, Map<String, String> liveKeys) {
  StagedSite {
    // Views, not copies: plan hands over maps no one else holds, and copying each of a large
    // site's hundred thousand entries three more times was a tenth of publishing it.
    files = Collections.unmodifiableNavigableMap(files);
    reused = Collections.unmodifiableMap(reused);
    carried = Collections.unmodifiableMap(carried);
    problems = List.copyOf(problems);
    // In the live site's order (the walk's, sorted): the spare's record is written in it.
    liveKeys = Collections.unmodifiableMap(liveKeys);
  }

  /** How many files get new bytes (the manifest is not counted). */
  int written() {
    return (int) files.keySet().stream().filter(p -> !reused.containsKey(p) && !p.equals(OutputManifest.NAME)).count();
  }

  /** How many files keep their bytes (the manifest is not counted). */
  int kept() {
    return (int) reused.keySet().stream().filter(p -> !p.equals(OutputManifest.NAME)).count();
  }

  /**
   * Compares {@code files} with the site in {@code live} (null when there is none), whose entries
   * are {@code walked} and whose last build wrote {@code previous}; {@code changedSince} are files
   * found replaced since rendering kept pages for the state the live site's walk gave
   * ({@link LiveSurvey#changedSinceStates}): a page kept for one of them is not published.
   */
  static StagedSite plan(Path live, TreeMap<String, LiveSurvey.Entry> walked, NavigableMap<String, byte[]> files,
      java.util.Collection<String> previous, Set<String> changedSince) {
    Map<String, String> liveKeys = new java.util.LinkedHashMap<>();
    // Looked up once per file: by hash, not by comparing the long prefixes paths share.
    Map<String, LiveSurvey.Entry> byPath = new HashMap<>(walked);
    walked.forEach((path, entry) -> liveKeys.put(path, entry.key()));
    Map<String, Path> reused = new ConcurrentHashMap<>();
    // Reading and comparing is independent per file: in parallel, it keeps the disk busy. The
    // walk saw each entry's type: no second look at every file of the site.
    files.entrySet().parallelStream().forEach(e -> {
      LiveSurvey.Entry seen = byPath.get(e.getKey());
      Path old = seen == null ? null : seen.path();
      boolean regular = seen != null && seen.regular();
      if (e.getValue() == null && !regular) {
        // A page kept as published, whose file went away since rendering saw it.
        throw new UncheckedIOException(new IOException(e.getKey() + " was removed from " + live
            + " while the site was being built; build again"));
      }
      if (e.getValue() == null && changedSince.contains(e.getKey())) {
        throw new UncheckedIOException(new IOException(e.getKey() + " was replaced in " + live
            + " while the site was being built; build again"));
      }
      if (regular && (e.getValue() == null || sameBytes(old, e.getValue()))) {
        reused.put(e.getKey(), old);
      }
    });
    Set<String> published = new HashSet<>(files.keySet());
    Set<String> before = new HashSet<>(previous);
    Predicate<String> known = p -> published.contains(p) || before.contains(p);
    TreeMap<String, Path> carried = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    int deleted = 0;
    for (Map.Entry<String, LiveSurvey.Entry> e : walked.entrySet()) {
      String path = e.getKey();
      if (published.contains(path) || isLeftover(path, known)) {
        continue;
      }
      if (before.contains(path)) {
        deleted++;
      } else if (inTheWay(path, files)) {
        problems.add(Problem.warning(e.getValue().path().toString(), "not written by Broadsheet, but in the way of a"
            + " file it publishes; it is left out of the new site"));
      } else {
        carried.put(path, e.getValue().path());
      }
    }
    boolean unchanged = reused.size() == files.size() && walked.size() == files.size() + carried.size();
    return new StagedSite(files, reused, carried, deleted, unchanged, problems, liveKeys);
  }

  /** Lays the site out in the empty folder {@code staging}, one {@link HaltPoint} step per entry. */
  void writeTo(Path staging, Path live, HaltPoint halt) throws IOException {
    try {
      files.entrySet().parallelStream().forEach(e -> {
        try {
          Path target = staging.resolve(e.getKey());
          Files.createDirectories(target.getParent());
          Path old = reused.get(e.getKey());
          if (old != null) {
            linkOrCopy(old, target);
          } else {
            Files.write(target, e.getValue());
            AtomicFiles.makeReadable(target);
          }
          halt.step();
        } catch (IOException ex) {
          throw new UncheckedIOException("cannot write " + e.getKey(), ex);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Map.Entry<String, Path> e : carried.entrySet()) {
      Path target = staging.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      carry(e.getValue(), target);
      halt.step();
    }
    takePermissions(staging, live);
  }

  /**
   * Gives the next site's folder the live one's permissions (a web server may rely on them), but
   * for the owner's write permission: a site made read-only would pass it on to every next one,
   * and none could be put away when replaced.
   */
  static void takePermissions(Path staging, Path live) {
    if (live != null) {
      AtomicFiles.permissionsWithOwnerWrite(staging, live);
    }
  }

  /** Whether {@code path} is a temporary file left by a killed write of a file a build publishes. */
  private static boolean isLeftover(String path, Predicate<String> known) {
    int slash = path.lastIndexOf('/');
    String folder = path.substring(0, slash + 1);
    return AtomicFiles.leftoverTargets(path.substring(slash + 1)).stream().anyMatch(t -> known.test(folder + t));
  }

  /** Whether {@code path} and a new file cannot both exist: one would have to be the other's folder. */
  private static boolean inTheWay(String path, NavigableMap<String, byte[]> files) {
    String under = files.ceilingKey(path + "/");
    if (under != null && under.startsWith(path + "/")) {
      return true;
    }
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      if (files.containsKey(path.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  /** Puts a file no build wrote in place: a symbolic link as a link, never followed, else as a file. */
  static void carry(Path from, Path to) throws IOException {
    try {
      if (Files.isSymbolicLink(from)) {
        Files.createSymbolicLink(to, Files.readSymbolicLink(from));
      } else {
        linkOrCopy(from, to);
      }
    } catch (NoSuchFileException e) {
      if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
        throw e;
      }
      // Removed from the live site while the build ran: there is nothing left to carry over.
    }
  }

  static void linkOrCopy(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static boolean sameBytes(Path file, byte[] bytes) {
    try {
      return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      // Unreadable: write the file anew rather than trust it.
      return false;
    }
  }
}
