package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeStampsTest {
  @TempDir Path dir;

  private Path jar(String name, String classBytes) throws Exception {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String entry : new String[] {"dev/x/A.class", "dev/x/theme/layout.ftlh"}) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write((entry.endsWith(".class") ? classBytes : "<html>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  private static URL inJar(Path jar, String entry) throws Exception {
    return new URL("jar:" + jar.toUri() + "!/" + entry);
  }

  @Test
  void aCopyOfTheSameJarKeepsItsStampAndOtherCodeGetsAnother() throws Exception {
    Path first = jar("one.jar", "code v1");
    Path copy = dir.resolve("copy.jar");
    Files.copy(first, copy);
    Files.setLastModifiedTime(copy, FileTime.fromMillis(0));
    Path rebuilt = jar("rebuilt.jar", "code v2");

    String stamp = CodeStamps.of(inJar(first, "dev/x/A.class"), 2);
    assertThat(stamp).startsWith("jar:");
    // Fetched afresh (a CI run): another file time, same contents, same stamp.
    assertThat(CodeStamps.of(inJar(copy, "dev/x/A.class"), 2)).isEqualTo(stamp);
    assertThat(CodeStamps.of(inJar(rebuilt, "dev/x/A.class"), 2)).isNotEqualTo(stamp);
    assertThat(CodeStamps.of(null, 1)).isEqualTo("none");
  }

  @Test
  void aThemeIsStampedByItsOwnFilesAloneInWhicheverJarHoldsIt() throws Exception {
    // The command line's jar holds the code and the theme; the theme's own jar (the Maven plugin's) only the theme.
    Path everything = dir.resolve("cli.jar");
    Path themeOnly = dir.resolve("theme.jar");
    zip(everything, "dev/x/A.class", "code", "dev/x/theme/layout.ftlh", "<html>", "dev/x/theme/assets/s.css", "p{}");
    zip(themeOnly, "dev/x/theme/assets/s.css", "p{}", "dev/x/theme/layout.ftlh", "<html>");
    String theme = CodeStamps.of(inJar(everything, "dev/x/theme/layout.ftlh"), 1);
    assertThat(CodeStamps.of(inJar(themeOnly, "dev/x/theme/layout.ftlh"), 1)).isEqualTo(theme);
    // Other code, same theme: same theme stamp; the jar's own stamp differs.
    Path otherCode = dir.resolve("cli2.jar");
    zip(otherCode, "dev/x/A.class", "code v2", "dev/x/theme/layout.ftlh", "<html>", "dev/x/theme/assets/s.css", "p{}");
    assertThat(CodeStamps.of(inJar(otherCode, "dev/x/theme/layout.ftlh"), 1)).isEqualTo(theme);
    assertThat(CodeStamps.of(inJar(otherCode, "dev/x/A.class"), 2))
        .isNotEqualTo(CodeStamps.of(inJar(everything, "dev/x/A.class"), 2));
    // A changed theme file changes it.
    Path otherTheme = dir.resolve("theme2.jar");
    zip(otherTheme, "dev/x/theme/assets/s.css", "p{color:red}", "dev/x/theme/layout.ftlh", "<html>");
    assertThat(CodeStamps.of(inJar(otherTheme, "dev/x/theme/layout.ftlh"), 1)).isNotEqualTo(theme);
  }

  @Test
  void theFolderAboveAnEntryIsItsPrefix() {
    assertThat(CodeStamps.folderAbove("dev/x/theme/layout.ftlh", 1)).isEqualTo("dev/x/theme/");
    assertThat(CodeStamps.folderAbove("dev/x/A.class", 2)).isEqualTo("dev/");
    assertThat(CodeStamps.folderAbove("dev/broadsheet/render/TemplateEngine.class", 4)).isEmpty();
    assertThat(CodeStamps.folderAbove("A.class", 3)).isEmpty();
  }

  private static void zip(Path jar, String... namesAndTexts) throws Exception {
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
        zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  @Test
  void aFolderOfClassesIsStampedByItsFiles() throws Exception {
    Path classes = dir.resolve("classes/dev/x");
    Files.createDirectories(classes);
    Path a = Files.writeString(classes.resolve("A.class"), "code v1");
    Files.setLastModifiedTime(a, FileTime.fromMillis(1_000_000));
    String before = CodeStamps.of(a.toUri().toURL(), 2);
    assertThat(CodeStamps.of(a.toUri().toURL(), 2)).isEqualTo(before);
    Files.writeString(a, "code v2!");
    assertThat(CodeStamps.of(a.toUri().toURL(), 2)).isNotEqualTo(before);
  }
}
