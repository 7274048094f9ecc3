package dev.broadsheet.publish;

import dev.broadsheet.base.AtomicFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Replaces the live site with a fully built new one in one step, and puts things right after a
 * build that was killed while doing it. Every folder it uses sits beside the output folder and is
 * named after it ({@code public} gets {@code .public.broadsheet-new} and so on), on the same file
 * system, so that a rename can move it into place.
 *
 * <p>Two ways to switch, chosen by what the output path is:
 * <ul>
 *   <li>A folder (the default): the new site is built in {@code -new}; the live folder is renamed
 *       to {@code -old}, {@code -new} is renamed to the output path, and {@code -old} is kept as {@code -spare} ({@link SpareSite}).
 *       Readers see the old site or the new one (a reader still inside the old folder sees it become the
 *       next site's staging folder one build later). Between the two renames, a matter of
 *       microseconds, the path does not exist; a build killed exactly there leaves {@code -new}
 *       complete (it is only renamed once finished) and the next build moves it into place.</li>
 *   <li>A symbolic link (set up once by the user, for a web server's document root): sites are
 *       built in {@code -a} and {@code -b} in turn, and a new link replacing the old one by a
 *       rename switches them. There is no moment without a site.</li>
 * </ul>
 * A folder the link pointed to that Broadsheet did not create is never deleted.
 */
final class SiteSwitch {
  private static final String MARK = ".broadsheet-";

  private final Path output;
  private final Path parent;
  private final String name;
  private final HaltPoint halt;
  private final List<String> setAside = new java.util.ArrayList<>();

  SiteSwitch(Path output, HaltPoint halt) {
    this.output = output.toAbsolutePath().normalize();
    this.parent = this.output.getParent();
    this.name = this.output.getFileName().toString();
    this.halt = halt;
  }

  private Path sidecar(String kind) {
    return parent.resolve("." + name + MARK + kind);
  }

  private boolean linked() {
    return Files.isSymbolicLink(output);
  }

  /** Whether a killed build left anything beside the output folder, or left it missing. */
  boolean hasLeftovers() {
    for (String kind : List.of("new", "old", "link")) {
      if (Files.exists(sidecar(kind), LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
    }
    Path active = activeGeneration();
    for (String kind : List.of("a", "b")) {
      Path generation = sidecar(kind);
      if (!generation.equals(active) && Files.exists(generation, LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
    }
    return false;
  }

  /** Replaced sites {@link #recover} could not delete and moved aside, each with why: for the user to delete. */
  List<String> setAside() {
    return List.copyOf(setAside);
  }

  /**
   * Leaves exactly one site: finishes a switch that a killed build had begun, or drops what it had
   * not finished building. Returns the folder that holds the live site, or null when there is none.
   */
  Path recover() throws IOException {
    Files.deleteIfExists(sidecar("link"));
    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(sidecar("old"))) {
      // The live folder had been renamed away, which happens only once -new is complete.
      rename(Files.isDirectory(sidecar("new")) ? sidecar("new") : sidecar("old"), output);
    }
    AtomicFiles.deleteTree(sidecar("new"));
    if (Files.exists(sidecar("old"), LinkOption.NOFOLLOW_LINKS)) {
      try {
        AtomicFiles.deleteTree(sidecar("old"));
      } catch (IOException | java.io.UncheckedIOException e) {
        // A replaced site this user may not delete (another user's files, a read-only folder): moved
        // out of the way under a name of its own, or no later switch could take its place.
        Path aside = sidecar("stale-" + java.util.UUID.randomUUID());
        rename(sidecar("old"), aside);
        setAside.add(aside + " (" + dev.broadsheet.base.IoFailures.describe(e) + ")");
      }
    }
    if (linked()) {
      // The output became a link since the spare was kept: generations take its place.
      dropSpare();
    }
    Path active = activeGeneration();
    for (String kind : List.of("a", "b")) {
      if (!sidecar(kind).equals(active)) {
        AtomicFiles.deleteTree(sidecar(kind));
      }
    }
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output)) {
      throw new IOException(output + " is not a folder (nor a link to one); move it away or choose another output");
    }
    return Files.isDirectory(output) ? output.toRealPath() : null;
  }

  /** Whether the site a switch replaces is kept as the {@linkplain SpareSite spare} (folder mode). */
  boolean keepsSpare() {
    return !linked();
  }

  /** Where the replaced site is kept. */
  Path spare() {
    return sidecar("spare");
  }

  /** Where what the spare holds is recorded. */
  Path spareRecord() {
    return parent.resolve("." + name + MARK + "spare.tsv");
  }

  /**
   * The spare, moved to where the next site is built (so that a build killed while updating it
   * leaves what any killed build leaves); its record goes first, as it will no longer be true.
   */
  Path reuseSpare() throws IOException {
    Files.deleteIfExists(spareRecord());
    AtomicFiles.deleteTree(sidecar("new"));
    rename(spare(), sidecar("new"));
    return sidecar("new");
  }

  /** Deletes the spare's record: the spare is not to be used, and the next switch deletes it. */
  void forgetSpare() throws IOException {
    Files.deleteIfExists(spareRecord());
  }

  /** Deletes the spare and its record: the next site is laid out anew. */
  void dropSpare() throws IOException {
    Files.deleteIfExists(spareRecord());
    AtomicFiles.deleteTree(spare());
  }

  /** An empty folder, not yet served by anyone, to build the next site in. */
  Path prepare() throws IOException {
    Path staging = linked() ? nextGeneration() : sidecar("new");
    AtomicFiles.deleteTree(staging);
    Files.createDirectories(staging);
    return staging;
  }

  /**
   * Makes {@code staged}, from {@link #prepare} or {@link #reuseSpare}, the live site; the one it
   * replaces becomes the spare, marked with {@code spareToken} (folder mode, when its record was
   * written), or is removed.
   */
  void switchTo(Path staged, String spareToken) throws IOException {
    if (linked()) {
      Path before = activeGeneration();
      Path link = sidecar("link");
      Files.createSymbolicLink(link, staged.getFileName());
      // rename(2) replaces the old link in one step: a reader resolves one or the other.
      Files.move(link, output, StandardCopyOption.ATOMIC_MOVE);
      halt.step();
      if (before != null) {
        try {
          AtomicFiles.deleteTree(before);
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new AfterSwitch(e);
        }
      }
      halt.step();
      return;
    }
    boolean replacing = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
    if (replacing) {
      rename(output, sidecar("old"));
    }
    halt.step();
    rename(staged, output);
    halt.step();
    try {
      AtomicFiles.deleteTree(spare());
      if (replacing && spareToken != null) {
        // Kept to become the next site (SpareSite), not deleted; no longer served, so it may be marked.
        SpareSite.mark(sidecar("old"), spareToken);
        rename(sidecar("old"), spare());
      } else if (replacing) {
        AtomicFiles.deleteTree(sidecar("old"));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new AfterSwitch(e);
    }
    halt.step();
  }

  /**
   * A failure once the new site is live, putting away the one it replaced (a folder that may not
   * be written): the site is published; what is left over is put right by the next {@link #recover}.
   */
  static final class AfterSwitch extends IOException {
    AfterSwitch(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * Where the output link points when that is not one of the generation folders this switch
   * makes (null when it is, or the output is no link): switching would point the link away from
   * it and leave it as it is.
   */
  Path foreignTarget() {
    Path target = linkTarget();
    return target == null || isGeneration(target) ? null : target;
  }

  /** The generation folder the output link points to, or null when it points elsewhere or is no link. */
  private Path activeGeneration() {
    Path target = linkTarget();
    return target != null && isGeneration(target) ? target : null;
  }

  /** Where the output link points, or null when the output is no link (or the link cannot be read). */
  private Path linkTarget() {
    if (!linked()) {
      return null;
    }
    try {
      return parent.resolve(Files.readSymbolicLink(output)).normalize();
    } catch (IOException e) {
      return null;
    }
  }

  private boolean isGeneration(Path folder) {
    return folder.equals(sidecar("a")) || folder.equals(sidecar("b"));
  }

  private Path nextGeneration() {
    return sidecar("a").equals(activeGeneration()) ? sidecar("b") : sidecar("a");
  }

  /**
   * Renames a folder in one step. On Windows a virus scanner or indexer may hold a file that was
   * just written for a moment, which makes the rename fail; it is tried again for up to a second.
   */
  private static void rename(Path from, Path to) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        return;
      } catch (AccessDeniedException e) {
        if (attempt == 10) {
          throw e;
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
