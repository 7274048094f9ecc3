package dev.broadsheet.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Named patterns and word lists read from a data file. The extractor's words for labels, prompts,
 * credits and bylines in a dozen languages are data, edited by people who read those languages:
 * they live in {@code vocabulary.txt} beside this class, each entry with a comment saying what it
 * matches and why, and the file's header gives its format. The file is read once per JVM
 * ({@link #EXTRACTOR}) and its users keep what they ask for in constants, so each pattern is
 * compiled once, and an entry that is missing or does not compile fails their initialisation with
 * the entry's name instead of quietly matching nothing.
 *
 * @param source the file's name, for errors
 * @param entries the text of each entry by name
 */
record Vocabulary(String source, Map<String, String> entries) {
  static final Vocabulary EXTRACTOR = read("vocabulary.txt");

  /** The resource {@code name} beside this class. */
  static Vocabulary read(String name) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the vocabulary " + name + " is not on the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("the vocabulary " + name + " could not be read", e);
    }
  }

  static Vocabulary parse(String text, String source) {
    Map<String, String> entries = new HashMap<>();
    String name = null;
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).stripTrailing();
      int equals = line.indexOf(" = ");
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      } else if (Character.isWhitespace(line.charAt(0)) && name != null) {
        entries.merge(name, line.strip(), String::concat);
      } else if (equals > 0 && line.substring(0, equals).matches("[a-z-]+")) {
        name = line.substring(0, equals);
        if (entries.putIfAbsent(name, line.substring(equals + 3).strip()) != null) {
          throw new IllegalStateException(source + ":" + (i + 1) + ": entry '" + name + "' is given twice");
        }
      } else {
        throw new IllegalStateException(source + ":" + (i + 1) + ": neither 'name = text' nor an indented line "
            + "continuing an entry: " + line.strip());
      }
    }
    return new Vocabulary(source, Map.copyOf(entries));
  }

  /** The pattern {@code name}, compiled as written (its flags are inline). */
  Pattern pattern(String name) {
    try {
      return Pattern.compile(text(name));
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(source + ": entry '" + name + "' is not a valid pattern: "
          + e.getDescription() + " near index " + e.getIndex(), e);
    }
  }

  /** The word list {@code name}, in the file's order. */
  List<String> words(String name) {
    return List.of(text(name).split("\\|"));
  }

  private String text(String name) {
    String text = entries.get(name);
    if (text == null) {
      throw new IllegalStateException(source + " has no entry '" + name + "'");
    }
    return text;
  }
}
