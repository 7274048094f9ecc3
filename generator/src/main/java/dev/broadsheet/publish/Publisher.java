package dev.broadsheet.publish;

import dev.broadsheet.BroadsheetException;
import dev.broadsheet.Problem;
import dev.broadsheet.io.AtomicFiles;
import dev.broadsheet.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the rendered site into the output folder. A file is only rewritten when its bytes
 * change. Files that an earlier build wrote and this one did not are removed, using the manifest
 * that each build leaves behind; files Broadsheet never wrote are never touched.
 */
public final class Publisher {
  static final String MANIFEST = ".broadsheet-manifest";

  private final Path output;

  public Publisher(Path output, Path siteDir) {
    Path out = output.toAbsolutePath().normalize();
    Path site = siteDir.toAbsolutePath().normalize();
    if (site.startsWith(out)) {
      throw new BroadsheetException(new Problem(output.toString(),
          "the output folder may not be the site folder or contain it; use a folder such as " + site.resolve("public")));
    }
    this.output = out;
  }

  /**
   * Publishes {@code pages}, then {@code staticFiles}: each group overrides same-named files of what
   * came before (theme assets, then the site's own static folder, so a site's robots.txt wins).
   */
  public PublishResult publish(List<RenderedFile> pages, List<List<RenderedFile>> staticFiles) {
    TreeMap<String, byte[]> files = new TreeMap<>();
    for (RenderedFile f : pages) {
      files.put(f.path(), f.bytes());
    }
    for (List<RenderedFile> group : staticFiles) {
      group.forEach(f -> files.put(f.path(), f.bytes()));
    }
    java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger unchanged = new java.util.concurrent.atomic.AtomicInteger();
    try {
      // Files are independent: comparing and writing them in parallel keeps the disk busy.
      files.entrySet().parallelStream().forEach(e -> {
        try {
          (AtomicFiles.writeIfChanged(resolveInside(e.getKey()), e.getValue()) ? written : unchanged).incrementAndGet();
        } catch (IOException ex) {
          throw new UncheckedIOException("cannot write " + e.getKey() + " to " + output, ex);
        }
      });
      int deleted = removeStale(files.navigableKeySet());
      String manifest = String.join("\n", files.navigableKeySet()) + "\n";
      AtomicFiles.writeIfChanged(output.resolve(MANIFEST), manifest.getBytes(StandardCharsets.UTF_8));
      return new PublishResult(written.get(), unchanged.get(), deleted);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + output, e);
    }
  }

  private Path resolveInside(String path) {
    Path target = output.resolve(path).normalize();
    if (!target.startsWith(output)) {
      throw new BroadsheetException(new Problem(path, "refusing to write outside the output folder"));
    }
    return target;
  }

  private int removeStale(java.util.NavigableSet<String> current) throws IOException {
    Path manifest = output.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return 0;
    }
    TreeSet<String> previous = new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8));
    int deleted = 0;
    for (String old : previous) {
      if (!old.isBlank() && !current.contains(old)) {
        Path file = resolveInside(old);
        if (Files.deleteIfExists(file)) {
          deleted++;
          pruneEmptyParents(file.getParent());
        }
      }
    }
    return deleted;
  }

  private void pruneEmptyParents(Path dir) throws IOException {
    Path d = dir;
    while (d != null && d.startsWith(output) && !d.equals(output)) {
      try (Stream<Path> entries = Files.list(d)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(d);
      d = d.getParent();
    }
  }

  /** Every file under {@code dir} as output files (paths relative to {@code dir}); none if it is missing. */
  public static List<RenderedFile> folder(Path dir) {
    List<RenderedFile> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.add(new RenderedFile(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    return files;
  }
}
