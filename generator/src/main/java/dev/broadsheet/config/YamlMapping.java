package dev.broadsheet.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.ConflictMarkers;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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

  /**
   * A parsed document, the lines of its keys, and its unknown keys ({@code problems}: the rest of
   * the document is still read, so that they are reported with every other problem at once).
   */
  public record Parsed<T>(T value, YamlLines lines, List<Problem> problems, java.util.Map<Problem, UnknownKey> unknown) {
    public Parsed {
      problems = List.copyOf(problems);
      unknown = java.util.Map.copyOf(unknown);
    }
  }

  /**
   * An unknown key as messages name it ({@code sources[0].colour}), and whether its value reads
   * as a yes ({@code true}) or a no ({@code false}); {@code setTo} is null for any other value.
   */
  public record UnknownKey(String key, Boolean setTo) {}

  /**
   * Parses {@code yaml} taken from {@code file}, whose first line is line {@code firstLine} of
   * that file (front matter starts after the opening {@code ---}).
   */
  public <T> Parsed<T> read(String yaml, Class<T> type, String file, int firstLine) {
    int offset = firstLine - 1;
    int conflict = ConflictMarkers.firstLine(yaml.lines().toList(), false);
    if (conflict > 0) {
      // Read as YAML, a merge's markers are only "could not find expected ':'".
      throw new BroadsheetException(Problem.at(file, conflict + offset, ConflictMarkers.advice(file)));
    }
    YamlLines lines = YamlLines.empty();
    List<Problem> unknown = new ArrayList<>();
    List<Problem> wrongValues = new ArrayList<>();
    java.util.Map<Problem, UnknownKey> unknownKeys = new java.util.HashMap<>();
    try {
      lines = YamlLines.index(yaml, factory);
      if (!lines.flaws().isEmpty()) {
        throw new BroadsheetException(lines.flaws().stream()
            .map(f -> Problem.at(file, f.line() + offset, f.message())).toList());
      }
      T value = yaml.isBlank() ? null : mapper.readerFor(type)
          .withHandler(new ProblemCollector(file, offset, lines, unknown, wrongValues, unknownKeys)).readValue(yaml);
      if (!wrongValues.isEmpty()) {
        // A value of the wrong kind was read as absent so that every one is reported at once; the
        // document is not used, or its absent values would raise errors of their own.
        throw new BroadsheetException(byLine(unknown, wrongValues, null));
      }
      return new Parsed<>(value, lines, unknown, unknownKeys);
    } catch (UnrecognizedPropertyException e) {
      // Only if a deserializer does not ask the handler: unknown keys are collected by ProblemCollector.
      throw failure(file, offset, lines, byLine(unknown, wrongValues, null), e,
          unknownKey(pathOf(e), e.getKnownPropertyIds()));
    } catch (InvalidFormatException e) {
      throw failure(file, offset, lines, byLine(unknown, wrongValues, null), e, "'" + pathOf(e) + "' must be "
          + describe(e.getTargetType()) + ", found '" + e.getValue() + "'");
    } catch (MismatchedInputException e) {
      String key = pathOf(e);
      String what = key.isEmpty() ? "the document" : "'" + key + "'";
      throw failure(file, offset, lines, byLine(unknown, wrongValues, null), e,
          what + " must be " + describe(e.getTargetType()));
    } catch (JsonProcessingException e) {
      // A whole number too large for its key, thrown as it is or wrapped on its way out of a record.
      if ((e instanceof InputCoercionException ? e : e.getCause()) instanceof InputCoercionException big) {
        throw failure(file, offset, lines, byLine(unknown, wrongValues, null), e, "'" + keyAt(big.getProcessor())
            + "' must be " + describe(big.getTargetType()) + " of a sensible size");
      }
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        throw syntax(file, offset, marked, e, yaml);
      }
      String reason = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
      throw failure(file, offset, lines, byLine(unknown, wrongValues, null), e, "invalid YAML: " + reason);
    } catch (IOException e) {
      throw new BroadsheetException(new Problem(file, "cannot read: " + e.getMessage()), e);
    }
  }

  /**
   * The line of the key at fault, from the index when the error names a key (Jackson's own
   * location can point past it), else the parser's location.
   */
  private static BroadsheetException failure(String file, int offset, YamlLines lines, List<Problem> before,
      JsonProcessingException e, String message) {
    int line = 0;
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      line = lines.lineOf(pointerOf(m));
    }
    if (line == 0 && e.getLocation() != null) {
      line = e.getLocation().getLineNr();
    }
    BroadsheetException failure = new BroadsheetException(byLine(before, List.of(),
        Problem.at(file, line > 0 ? line + offset : 0, message)));
    failure.initCause(e);
    return failure;
  }

  /** Problems in the order of their lines (those without one last), {@code last} among them when given. */
  private static List<Problem> byLine(List<Problem> some, List<Problem> others, Problem last) {
    List<Problem> all = new ArrayList<>(some);
    all.addAll(others);
    if (last != null) {
      all.add(last);
    }
    all.sort(java.util.Comparator.comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
    return all;
  }

  /** The key the parser is at, as messages name it ("sources[0].weight"). */
  private static String keyAt(JsonParser p) {
    if (p == null) {
      return "";
    }
    return YamlLines.keyOf(p.getParsingContext().pathAsPointer().toString());
  }

  static String unknownKey(String key, Collection<Object> known) {
    String written = key.substring(key.lastIndexOf('.') + 1);
    // Two edits at most, and fewer than half the name: "url" is not what "id" meant.
    List<String> names = known.stream().map(String::valueOf).toList();
    String meant = dev.broadsheet.base.Spelling.closest(written, names, Math.min(2, (written.length() - 1) / 2));
    if (meant == null) {
      // A known key with an ending added ("pinned" for pin, "ordered" for order).
      meant = names.stream().filter(n -> n.length() >= 3 && written.startsWith(n))
          .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
    }
    return "unknown key '" + key + "'" + (meant != null ? " (did you mean '" + meant + "'?)" : "")
        + "; known keys here: " + sortedNames(known);
  }

  /**
   * A syntax error as the YAML parser saw it: what it found, and what it was reading from where.
   * A token the scanner could not finish (an unclosed quote, a key without its colon and space) is
   * to be fixed where it starts, which may be far above where the scanner gave up: that line is
   * reported. A structure the parser could not finish (a mapping, a list) starts far above the
   * mistake: the line where the parser gave up is reported.
   */
  private static BroadsheetException syntax(String file, int offset, MarkedYAMLException e, Exception cause,
      String yaml) {
    String problem = e.getProblem() == null ? "unexpected text" : e.getProblem().strip();
    if (problem.startsWith("mapping values are not allowed")) {
      // Nearly always a value holding ": " (a credit, a title), which YAML reads as another key, or
      // a key indented one space too far.
      problem += "; a value that holds ': ' must be in quotes (imageCredit: \"Photo: Jane Doe\"), and a key may not be"
          + " indented deeper than the key above it";
    } else if (problem.startsWith("expected <block end>, but found '<block mapping start>'")
        && indentedLessThanTheLineBefore(yaml, e.getProblemMark().getLine())) {
      // The parser's words for a line indented less than the lines of the block it is in, but more
      // than the block around it (a source's key one space short of its siblings). The same words
      // follow text after a closing quote ('It's here'), which this is not.
      problem = "this line is indented less than the lines above it in the same block, but not as little as the"
          + " block around it; line its key up with the keys beside it (the parser: " + problem + ")";
    }
    int noticed = e.getProblemMark().getLine() + 1 + offset;
    Mark context = e.getContextMark();
    if (e.getContext() == null || context == null) {
      return new BroadsheetException(Problem.at(file, noticed, "invalid YAML: " + problem), cause);
    }
    int started = context.getLine() + 1 + offset;
    String what = e.getContext().strip();
    if (what.startsWith("while scanning an alias")) {
      // "title: *Exclusive* interview": emphasis written bare is read as a YAML alias.
      return new BroadsheetException(Problem.at(file, started, "invalid YAML: a value that begins with * is read as"
          + " an alias; put it in quotes (title: \"*Exclusive* interview\") (the parser: " + problem + ")"), cause);
    }
    if (what.startsWith("while scanning a quoted scalar") && problem.startsWith("found unexpected end of stream")) {
      return new BroadsheetException(Problem.at(file, started, "invalid YAML: this line opens a quote it does not close"
          + (offset > 0 ? " before the end of the front matter" : " before the end of the file")), cause);
    }
    if (what.startsWith("while scanning") && started != noticed) {
      return new BroadsheetException(Problem.at(file, started, "invalid YAML: " + problem + " (" + what
          + " that starts here; noticed on line " + noticed + ")"), cause);
    }
    int open = UnclosedQuote.lineIn(yaml, started - offset, noticed - offset);
    if (open > 0) {
      return new BroadsheetException(Problem.at(file, open + offset, "invalid YAML: this line opens a quote it"
          + " does not close, so the value runs on to the next quote; the parser stopped on line " + noticed + ": "
          + problem), cause);
    }
    return new BroadsheetException(Problem.at(file, noticed, "invalid YAML: " + problem + " (" + what
        + " that starts on line " + started + ")"), cause);
  }

  /** Whether line {@code line} (from 0) of {@code yaml} starts further left than the last line before it that holds anything. */
  private static boolean indentedLessThanTheLineBefore(String yaml, int line) {
    List<String> lines = yaml.lines().toList();
    if (line <= 0 || line >= lines.size()) {
      return false;
    }
    int previous = line - 1;
    while (previous >= 0 && lines.get(previous).isBlank()) {
      previous--;
    }
    return previous >= 0 && indent(lines.get(line)) < indent(lines.get(previous));
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
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

  static String describe(Class<?> type) {
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
