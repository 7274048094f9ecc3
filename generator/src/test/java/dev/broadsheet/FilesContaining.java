package dev.broadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The text files under a folder that hold a word: where a takedown or a correction must (not) be found. */
final class FilesContaining {
  private FilesContaining() {}

  static List<Path> of(Path folder, String word) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).filter(p -> {
        try {
          return Files.readString(p).contains(word);
        } catch (IOException e) {
          return false; // not text: a picture
        }
      }).toList();
    }
  }
}
