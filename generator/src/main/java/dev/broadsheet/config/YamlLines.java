package dev.broadsheet.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.broadsheet.base.XmlText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key and list item of a YAML document starts, by JSON pointer ({@code /sources/2/url}),
 * so that errors found after mapping can still name a line; and the flaws that mapping onto a
 * record would hide: a key given twice (the last would silently win) and text holding a character
 * that no page or feed can carry.
 */
public final class YamlLines {
  private final Map<String, Integer> lines;
  private final List<Flaw> flaws;

  private YamlLines(Map<String, Integer> lines, List<Flaw> flaws) {
    this.lines = lines;
    this.flaws = List.copyOf(flaws);
  }

  /** Something wrong at {@code line} of the document (counted from 1), and what. */
  public record Flaw(int line, String message) {}

  /** Indexes {@code yaml}; a syntax error surfaces as the parser's exception, with its location. */
  public static YamlLines index(String yaml, YAMLFactory factory) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    List<Flaw> flaws = new ArrayList<>();
    try (JsonParser parser = factory.createParser(yaml)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext ctx = parser.getParsingContext();
        int line = parser.currentTokenLocation().getLineNr();
        if (parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
          // The parser gives an alias as its anchor's name: "title: *pub" would publish "pub".
          String pointer = ctx.pathAsPointer().toString();
          flaws.add(new Flaw(line, (pointer.isEmpty() ? "the document" : "'" + keyOf(pointer) + "'") + " is read as the"
              + " alias *" + parser.getText() + " of a value given earlier, which Broadsheet does not follow: write the"
              + " value out, and quote text that begins with * (\"*" + parser.getText() + "\")"));
        } else if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
          checkCharacters(parser.getText(), ctx.pathAsPointer().toString(), line, flaws);
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          // The new container's own context is open already; its place is in the parent.
          ctx = ctx.getParent();
          if (ctx == null || !ctx.inArray()) {
            continue;
          }
        } else if (token != JsonToken.FIELD_NAME && !ctx.inArray()) {
          continue;
        }
        String pointer = ctx.pathAsPointer().toString();
        if (lines.putIfAbsent(pointer, line) != null && token == JsonToken.FIELD_NAME) {
          flaws.add(new Flaw(line, "'" + keyOf(pointer) + "' is given twice; keep only one"));
        }
      }
    }
    return new YamlLines(lines, flaws);
  }

  private static void checkCharacters(String text, String pointer, int line, List<Flaw> flaws) {
    int bad = XmlText.firstDisallowed(text);
    if (bad >= 0) {
      String what = pointer.isEmpty() ? "the document" : "'" + keyOf(pointer) + "'";
      flaws.add(new Flaw(line, what + " holds the character " + XmlText.describe(text, bad)
          + ", which no web page or feed may contain; remove it"));
    }
  }

  /** {@code /sources/0/id} as the user writes it: {@code sources[0].id}; the document itself is "". */
  static String keyOf(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder key = new StringBuilder();
    for (String part : pointer.substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
        key.append('[').append(name).append(']');
      } else {
        key.append(key.length() == 0 ? "" : ".").append(name);
      }
    }
    return key.toString();
  }

  public static YamlLines empty() {
    return new YamlLines(Map.of(), List.of());
  }

  /** Keys given twice and text that pages cannot carry, in document order; lines count from the document's start. */
  public List<Flaw> flaws() {
    return flaws;
  }

  /** Whether the document has a node at exactly {@code pointer}. */
  public boolean has(String pointer) {
    return lines.containsKey(pointer);
  }

  /** The line of {@code pointer}, or of its nearest ancestor that has one; 0 when none does. */
  public int lineOf(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
    return 0;
  }
}
