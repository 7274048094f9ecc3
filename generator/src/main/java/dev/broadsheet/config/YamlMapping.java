package dev.broadsheet.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Maps YAML text onto a record strictly (unknown keys, keys given twice, wrong types and
 * characters that no page can carry are errors) and turns every failure into a {@link Problem}
 * that names the file, the line and the key.
 */
public final class YamlMapping {
  private final YAMLFactory factory = new YAMLFactory();
  private final ObjectMapper mapper =
      new ObjectMapper(factory)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  /** A parsed document and the lines of its keys. */
  public record Parsed<T>(T value, YamlLines lines) {}

  /**
   * Parses {@code yaml} taken from {@code file}, whose first line is line {@code firstLine} of
   * that file (front matter starts after the opening {@code ---}).
   */
  public <T> Parsed<T> read(String yaml, Class<T> type, String file, int firstLine) {
    int offset = firstLine - 1;
    YamlLines lines = YamlLines.empty();
    try {
      lines = YamlLines.index(yaml, factory);
      if (!lines.flaws().isEmpty()) {
        throw new BroadsheetException(lines.flaws().stream()
            .map(f -> Problem.at(file, f.line() + offset, f.message())).toList());
      }
      T value = yaml.isBlank() ? null : mapper.readValue(yaml, type);
      return new Parsed<>(value, lines);
    } catch (UnrecognizedPropertyException e) {
      String known = sortedNames(e.getKnownPropertyIds());
      throw failure(file, offset, lines, e, "unknown key '" + pathOf(e) + "'; known keys here: " + known);
    } catch (InvalidFormatException e) {
      throw failure(file, offset, lines, e, "'" + pathOf(e) + "' must be " + describe(e.getTargetType())
          + ", found '" + e.getValue() + "'");
    } catch (MismatchedInputException e) {
      String key = pathOf(e);
      String what = key.isEmpty() ? "the document" : "'" + key + "'";
      throw failure(file, offset, lines, e, what + " must be " + describe(e.getTargetType()));
    } catch (JsonProcessingException e) {
      String reason = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
      throw failure(file, offset, lines, e, "invalid YAML: " + reason);
    } catch (IOException e) {
      throw new BroadsheetException(new Problem(file, "cannot read: " + e.getMessage()), e);
    }
  }

  /**
   * The line of the key at fault, from the index when the error names a key (Jackson's own
   * location can point past it), else the parser's location.
   */
  private static BroadsheetException failure(String file, int offset, YamlLines lines, JsonProcessingException e,
      String message) {
    int line = 0;
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      line = lines.lineOf(pointerOf(m));
    }
    if (line == 0 && e.getLocation() != null) {
      line = e.getLocation().getLineNr();
    }
    return new BroadsheetException(Problem.at(file, line > 0 ? line + offset : 0, message), e);
  }

  private static String pointerOf(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
    }
    return pointer.toString();
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String sortedNames(Collection<Object> names) {
    TreeSet<String> sorted = new TreeSet<>();
    names.forEach(n -> sorted.add(String.valueOf(n)));
    return String.join(", ", sorted);
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a different kind of value";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a single text value";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "a mapping of keys to values";
  }
}
