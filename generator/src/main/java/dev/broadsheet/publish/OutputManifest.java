package dev.broadsheet.publish;

import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The list of files a build published, kept in the output folder as {@code .broadsheet-manifest},
 * one path per line. It is how the next build tells its own files from files someone else put
 * there. The file lives in the folder it describes, so it is switched in with the site and always
 * matches it.
 *
 * <p>Someone can edit it, so a line is only trusted when it is a plain relative path that stays
 * inside the output folder; any other line is ignored with a warning. The next build rewrites the
 * file without it, so a bad line costs one warning and never a failed build.
 *
 * @param paths the files the build published, relative to the output folder, sorted
 * @param warnings one per line that was ignored
 */
record OutputManifest(List<String> paths, List<Problem> warnings) {
  static final String NAME = ".broadsheet-manifest";
  /** Whether '/' is the platform's only name separator (not Windows, where '\\' and drive letters are too). */
  private static final boolean SLASH_ONLY = java.io.File.separatorChar == '/';

  /** Sorted and each once, whatever order {@code paths} come in. */
  OutputManifest {
    // A manifest is written sorted: sorting it again is one pass over a hundred thousand paths,
    // where a tree of them compared each one about seventeen times.
    paths = paths.stream().sorted().distinct().toList();
    warnings = List.copyOf(warnings);
  }

  /** The manifest of the site in {@code dir} (none when {@code dir} is null or has none); {@code where} names it in warnings. */
  static OutputManifest read(Path dir, String where) {
    List<String> paths = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    Path file = dir == null ? null : dir.resolve(NAME);
    if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return new OutputManifest(paths, warnings);
    }
    List<String> lines;
    try {
      // Lenient decoding: a mangled byte must cost one ignored line, not the build.
      lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (isInside(dir, line)) {
        paths.add(line);
      } else {
        warnings.add(Problem.warningAt(where, i + 1, "ignored '" + line + "': a manifest line must be a path inside"
            + " the output folder, like articles/x/index.html; this build rewrites the file without it"));
      }
    }
    return new OutputManifest(paths, warnings);
  }

  /** The manifest's bytes for {@code paths}: sorted, one per line. */
  static byte[] bytes(Collection<String> paths) {
    StringBuilder text = new StringBuilder();
    new TreeSet<>(paths).forEach(p -> text.append(p).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether {@code path} names a file inside {@code dir}: relative, with '/' separators, no
   * empty, {@code .} or {@code ..} segment and no control character, and still inside once the
   * platform has read it (a backslash is a separator on Windows).
   */
  static boolean isInside(Path dir, String path) {
    if (path.isEmpty() || path.startsWith("/")) {
      return false;
    }
    // One pass over one copy, segment by segment without splitting: this runs three times for each
    // of a site's files, and under the quick compiler every charAt checks its index and the coder.
    char[] c = path.toCharArray();
    int start = 0;
    for (int i = 0; i <= c.length; i++) {
      if (i == c.length || c[i] == '/') {
        int length = i - start;
        if (length == 0 || c[start] == '.' && (length == 1 || length == 2 && c[start + 1] == '.')) {
          return false;
        }
        start = i + 1;
      } else if (Character.isISOControl(c[i])) {
        return false;
      }
    }
    if (SLASH_ONLY && path.indexOf('\\') < 0) {
      // Plain segments joined by the only separator there is: inside, without making two paths
      // of each of a large site's hundred thousand files.
      return true;
    }
    try {
      Path resolved = dir.resolve(path).normalize();
      return resolved.startsWith(dir) && !resolved.equals(dir);
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }
}
