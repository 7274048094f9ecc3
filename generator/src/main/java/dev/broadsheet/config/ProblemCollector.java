package dev.broadsheet.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.util.List;

/**
 * Records each unknown key, with its line and the keys known in its place, and each value of the
 * wrong kind (read as absent), and reads on.
 */
final class ProblemCollector extends DeserializationProblemHandler {
  private final String file;
  private final int offset;
  private final YamlLines lines;
  private final List<Problem> found;
  private final List<Problem> wrongValues;
  private final java.util.Map<Problem, YamlMapping.UnknownKey> unknownKeys;

  /**
   * {@code unknownKeys} hears of each unknown key (among {@code found}) by name, and whether its
   * value is true, yes or on, or false, no or off.
   */
  ProblemCollector(String file, int offset, YamlLines lines, List<Problem> found, List<Problem> wrongValues,
      java.util.Map<Problem, YamlMapping.UnknownKey> unknownKeys) {
    this.file = file;
    this.offset = offset;
    this.lines = lines;
    this.found = found;
    this.wrongValues = wrongValues;
    this.unknownKeys = unknownKeys;
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
      String failureMsg) {
    wrongValue(ctxt.getParser(), "must be " + YamlMapping.describe(targetType) + ", found '" + value + "'");
    return null;
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
      String failureMsg) {
    wrongValue(ctxt.getParser(), "must be " + YamlMapping.describe(targetType) + ", found '" + value + "'");
    return null;
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType,
      JsonToken t, JsonParser p, String failureMsg) throws IOException {
    // The document itself of the wrong kind is reported as before: there is nothing else to read.
    if (targetType == null || containing(p).inRoot()) {
      return NOT_HANDLED;
    }
    wrongValue(p, "must be " + YamlMapping.describe(targetType.getRawClass()));
    p.skipChildren();
    return null;
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
    // A single value where a mapping goes ("editions: daily"); the document itself is reported as before.
    if (containing(p).inRoot()) {
      return NOT_HANDLED;
    }
    wrongValue(p, "must be " + YamlMapping.describe(instClass));
    p.skipChildren();
    return null;
  }

  /** The mapping or list the value at hand is in. */
  private static JsonStreamContext containing(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    boolean opens = p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY;
    return opens ? context.getParent() : context;
  }

  private void wrongValue(JsonParser p, String message) {
    JsonStreamContext context = containing(p);
    String pointer = context.pathAsPointer().toString();
    String key = YamlLines.keyOf(pointer);
    int line = lines.lineOf(pointer);
    wrongValues.add(Problem.at(file, line > 0 ? line + offset : 0, "'" + key + "' " + message));
  }

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
      Object beanOrClass, String propertyName) throws IOException {
    String pointer = pointerOf(p, propertyName);
    String key = YamlLines.keyOf(pointer);
    int line = lines.lineOf(pointer);
    Problem unknown = Problem.at(file, line > 0 ? line + offset : 0,
        YamlMapping.unknownKey(key, deserializer.getKnownPropertyNames()));
    found.add(unknown);
    String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText().strip().toLowerCase(java.util.Locale.ROOT) : "";
    Boolean setTo = null;
    if (p.currentToken() == JsonToken.VALUE_TRUE || java.util.Set.of("true", "yes", "on").contains(text)) {
      setTo = true;
    } else if (p.currentToken() == JsonToken.VALUE_FALSE || java.util.Set.of("false", "no", "off").contains(text)) {
      setTo = false;
    }
    unknownKeys.put(unknown, new YamlMapping.UnknownKey(key, setTo));
    p.skipChildren();
    return true;
  }

  /**
   * Where the unknown key is in the document. A record is made through its constructor, so
   * Jackson keeps its unknown keys aside and replays them once the record's mapping is read; a
   * key whose value is a list or a mapping is replayed under an extra level, the enclosing
   * mapping as it was left (named for its last key), which is not where the key is: that level
   * is dropped when the document has the key without it.
   */
  private String pointerOf(JsonParser p, String propertyName) {
    JsonStreamContext named = containing(p);
    String name = "/" + propertyName.replace("~", "~0").replace("/", "~1");
    String pointer = (named.getParent() == null ? "" : named.getParent().pathAsPointer().toString()) + name;
    int level = pointer.lastIndexOf('/', pointer.length() - name.length() - 1);
    if (!lines.has(pointer) && level >= 0) {
      String without = pointer.substring(0, level) + name;
      if (lines.has(without)) {
        return without;
      }
    }
    return pointer;
  }
}
