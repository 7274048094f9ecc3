package dev.broadsheet;

import dev.broadsheet.config.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code broadsheet init}: a new site that builds at once, offline, from a saved example feed. */
final class SiteScaffold {
  /** Resource name under dev/broadsheet/init/ and the file it becomes; the first four are the example site. */
  private static final String[][] FILES = {
    {"broadsheet.yaml", "broadsheet.yaml"},
    {"feeds/example.xml", "feeds/example.xml"},
    {"picks/welcome.md", "picks/welcome.md"},
    {"pages/about.md", "pages/about.md"},
    {"gitignore", ".gitignore"},
    {".github/workflows/broadsheet.yml", ".github/workflows/broadsheet.yml"},
  };

  private SiteScaffold() {}

  /**
   * The example site's files in {@code dir}: into an empty or new folder, or with {@code force} among
   * other files. A file already there is kept as it is, never overwritten: {@code --force} in a
   * site's folder must not replace its config with the example's. Into a site (a folder with a
   * broadsheet.yaml) only the .gitignore and workflow are added: the example's pinned pick and feed
   * would be published by its next build.
   */
  static Broadsheet.Created create(Path dir, boolean force) {
    try {
      if (Files.isDirectory(dir) && !force) {
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new FolderNotEmptyException(dir);
          }
        }
      }
      List<Path> written = new ArrayList<>();
      List<Path> kept = new ArrayList<>();
      boolean site = Files.isRegularFile(dir.resolve("broadsheet.yaml"));
      for (int i = site ? 4 : 0; i < FILES.length; i++) {
        String[] file = FILES[i];
        Path target = dir.resolve(file[1]);
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          kept.add(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        String text = read("/dev/broadsheet/init/" + file[0]).replace("@broadsheet.version@", Version.current());
        // Never over a file that appeared meanwhile.
        Files.writeString(target, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        written.add(target);
      }
      return new Broadsheet.Created(written, kept);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the site in " + dir, e);
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = SiteScaffold.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
