package dev.broadsheet.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and list item of a YAML document starts, by JSON pointer ({@code /sources/2/url}),
 * so that errors found after mapping can still name a line.
 */
public final class YamlLines {
  private final Map<String, Integer> lines;

  private YamlLines(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Indexes {@code yaml}; a syntax error surfaces as the parser's exception, with its location. */
  public static YamlLines index(String yaml, YAMLFactory factory) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = factory.createParser(yaml)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext ctx = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          // The new container's own context is open already; its place is in the parent.
          ctx = ctx.getParent();
          if (ctx == null || !ctx.inArray()) {
            continue;
          }
        } else if (token != JsonToken.FIELD_NAME && !ctx.inArray()) {
          continue;
        }
        lines.putIfAbsent(ctx.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
      }
    }
    return new YamlLines(lines);
  }

  public static YamlLines empty() {
    return new YamlLines(Map.of());
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
