package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON to put inside an HTML {@code <script>} element. The HTML parser does not read JSON: a
 * string holding {@code </script>} ends the element, and {@code <!--} followed by {@code <script}
 * makes it swallow everything up to the end tag of a later script. So every {@code <}, {@code >}
 * and {@code &} is written as its JSON escape sequence (backslash, u, 003C and so on), which means
 * the same to a JSON reader and nothing to the HTML parser; U+2028 and U+2029 too, for older
 * JavaScript engines.
 */
final class InlineJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new ScriptSafe()).build()).build();

  private InlineJson() {}

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for a script element", e);
    }
  }

  private static final class ScriptSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafe() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return new SerializedString("\\u2028");
      }
      return ch == 0x2029 ? new SerializedString("\\u2029") : null;
    }
  }
}
