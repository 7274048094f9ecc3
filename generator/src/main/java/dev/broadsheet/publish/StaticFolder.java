package dev.broadsheet.publish;

import dev.broadsheet.base.Problem;
import dev.broadsheet.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The site's {@code static/} folder, copied to the output as is. Symbolic links are followed only
 * while they stay inside the site folder: a link to {@code /etc/hostname} or {@code ~/.ssh} must
 * not put that file on a public web site because someone committed the link. A link that leads
 * outside, into the output folder (which would publish the site inside itself), back into itself
 * or nowhere is left out and reported with its file; the other files are published all the same.
 *
 * @param files every file to publish, by path relative to {@code static/}
 * @param problems one per file or link left out
 */
record StaticFolder(List<RenderedFile> files, List<Problem> problems) {
  StaticFolder {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /** Reads {@code siteDir/static}; empty when there is none. {@code output} is the output folder. */
  static StaticFolder read(Path siteDir, Path output) {
    Path dir = siteDir.resolve("static");
    List<RenderedFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return new StaticFolder(files, problems);
    }
    try {
      Path site = siteDir.toRealPath();
      Path out = Files.exists(output) ? output.toRealPath() : output.toAbsolutePath().normalize();
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
          return refused(d, site, out) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          if (attrs.isSymbolicLink()) {
            problems.add(new Problem(name(file), "a symbolic link to nothing (" + Files.readSymbolicLink(file)
                + "); it is not published"));
          } else if (attrs.isRegularFile() && !refused(file, site, out)) {
            files.add(new RenderedFile(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(new Problem(name(file), e instanceof FileSystemLoopException
              ? "a symbolic link that leads back into its own folder; it is not published"
              : "cannot read (" + e + "); it is not published"));
          return FileVisitResult.CONTINUE;
        }

        private boolean refused(Path p, Path site, Path out) throws IOException {
          Path real = p.toRealPath();
          if (real.startsWith(out)) {
            problems.add(new Problem(name(p), "leads into the output folder (" + real + "); it is not published"));
            return true;
          }
          if (!real.startsWith(site)) {
            problems.add(new Problem(name(p), "a symbolic link to " + real + ", outside the site folder; it is not"
                + " published: copy the file into static/ if it belongs on the site"));
            return true;
          }
          return false;
        }

        private String name(Path p) {
          return siteDir.relativize(p).toString().replace('\\', '/');
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    return new StaticFolder(files, problems);
  }
}
