package dev.broadsheet.feed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the DOCTYPE of a feed before parsing, so the XML parser can keep refusing every DOCTYPE
 * (no external entity can be fetched, no entity bomb expanded). Entities that the internal subset
 * defines are expanded here instead, within a strict budget; a document that declares an external
 * entity is refused, except the W3C XHTML entity sets, whose names the HTML entity healer knows.
 */
final class Doctype {
  /** The most characters one entity may expand to, and the most the document may grow by. */
  static final int MAX_ENTITY_LENGTH = 64 * 1024;

  static final int MAX_EXPANSION = 4 * 1024 * 1024;

  private static final Pattern ENTITY = Pattern.compile(
      "<!ENTITY\\s+(%\\s+)?([\\w.:-]+)\\s+(?:(SYSTEM|PUBLIC)\\s+(\"[^\"]*\"|'[^']*')(?:\\s+(\"[^\"]*\"|'[^']*'))?"
          + "|(\"[^\"]*\"|'[^']*'))[^>]*>");
  private static final Pattern REFERENCE = Pattern.compile("&([\\w.:-]+);");

  /** The text without its DOCTYPE, internal entities expanded. */
  record Result(String text) {}

  private Doctype() {}

  static Result strip(String text, List<String> warnings) throws FeedException {
    int start = indexOfDoctype(text);
    if (start < 0) {
      return new Result(text);
    }
    int end = end(text, start);
    if (end < 0) {
      throw new FeedException("the DOCTYPE declaration is never closed");
    }
    String doctype = text.substring(start, end + 1);
    String rest = text.substring(0, start) + text.substring(end + 1);
    Map<String, String> entities = entities(doctype, warnings);
    if (entities.isEmpty()) {
      warnings.add("ignored the DOCTYPE; external DTDs are never loaded");
      return new Result(rest);
    }
    return new Result(expand(rest, entities));
  }

  private static int indexOfDoctype(String text) {
    int i = text.indexOf("<!DOCTYPE");
    if (i < 0) {
      i = text.indexOf("<!doctype");
    }
    return i;
  }

  /** The '>' closing the DOCTYPE at {@code start}, past any internal subset and quoted text. */
  private static int end(String text, int start) {
    int depth = 0;
    char quote = 0;
    for (int i = start + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, String> entities(String doctype, List<String> warnings) throws FeedException {
    Map<String, String> raw = new HashMap<>();
    Matcher m = ENTITY.matcher(doctype);
    while (m.find()) {
      boolean parameter = m.group(1) != null;
      String name = m.group(2);
      if (m.group(3) != null) {
        String publicId = "PUBLIC".equals(m.group(3)) ? unquote(m.group(4)) : "";
        if (parameter && publicId.contains("//W3C//ENTITIES")) {
          warnings.add("ignored the DOCTYPE's reference to the " + publicId + " entity set");
          continue;
        }
        String systemId = unquote("PUBLIC".equals(m.group(3)) ? m.group(5) == null ? "" : m.group(5) : m.group(4));
        throw new FeedException("the DOCTYPE declares an external entity '" + name + "' (" + systemId
            + "); external entities are never loaded, so this document is refused");
      }
      if (!parameter) {
        raw.put(name, unquote(m.group(6)));
      }
    }
    Map<String, String> expanded = new HashMap<>();
    for (String name : raw.keySet()) {
      expanded.put(name, expandEntity(name, raw, 0));
    }
    if (!expanded.isEmpty()) {
      warnings.add("expanded " + expanded.size() + " entit" + (expanded.size() == 1 ? "y" : "ies")
          + " declared in the DOCTYPE");
    }
    return expanded;
  }

  private static String expandEntity(String name, Map<String, String> raw, int depth) throws FeedException {
    if (depth > 4) {
      throw new FeedException("entity '" + name + "' nests other entities too deeply (an entity bomb?); refused");
    }
    StringBuilder value = new StringBuilder();
    Matcher ref = REFERENCE.matcher(raw.get(name));
    int last = 0;
    while (ref.find()) {
      value.append(raw.get(name), last, ref.start());
      String inner = ref.group(1);
      value.append(raw.containsKey(inner) ? expandEntity(inner, raw, depth + 1) : ref.group());
      last = ref.end();
      if (value.length() > MAX_ENTITY_LENGTH) {
        throw new FeedException("entity '" + name + "' expands beyond " + MAX_ENTITY_LENGTH
            + " characters (an entity bomb such as 'billion laughs'); refused");
      }
    }
    value.append(raw.get(name), last, raw.get(name).length());
    if (value.length() > MAX_ENTITY_LENGTH) {
      throw new FeedException("entity '" + name + "' expands beyond " + MAX_ENTITY_LENGTH + " characters; refused");
    }
    return value.toString();
  }

  private static String expand(String text, Map<String, String> entities) throws FeedException {
    StringBuilder out = new StringBuilder(text.length());
    Matcher ref = REFERENCE.matcher(text);
    int last = 0;
    long growth = 0;
    while (ref.find()) {
      String value = entities.get(ref.group(1));
      if (value == null) {
        continue;
      }
      out.append(text, last, ref.start()).append(value);
      last = ref.end();
      growth += value.length();
      if (growth > MAX_EXPANSION) {
        throw new FeedException("entity references would grow the document by more than " + MAX_EXPANSION
            + " characters (a quadratic blow-up); refused");
      }
    }
    out.append(text, last, text.length());
    return out.toString();
  }

  private static String unquote(String quoted) {
    return quoted == null || quoted.length() < 2 ? "" : quoted.substring(1, quoted.length() - 1);
  }
}
