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
 * Both steps are tokenizers, not text searches: a DOCTYPE is only looked for in the prolog, a
 * declaration inside a comment of the subset declares nothing, and references are expanded where
 * XML expands them: not inside CDATA sections, comments or processing instructions.
 */
final class Doctype {
  /** The most characters one entity may expand to, and the most the document may grow by. */
  static final int MAX_ENTITY_LENGTH = 64 * 1024;
  static final int MAX_EXPANSION = 4 * 1024 * 1024;
  /** How many references the declared entities may make to one another in all: a real DOCTYPE makes a few dozen. */
  static final int MAX_REFERENCES = 10_000;

  private static final Pattern ENTITY = Pattern.compile(
      "<!ENTITY\\s+(%\\s+)?([\\w.:-]+)\\s+(?:(SYSTEM|PUBLIC)\\s+(\"[^\"]*\"|'[^']*')(?:\\s+(\"[^\"]*\"|'[^']*'))?"
          + "|(\"[^\"]*\"|'[^']*'))");
  private static final Pattern REFERENCE = Pattern.compile("&([\\w.:-]+);");
  private static final Pattern RSS_091 = Pattern.compile("PUBLIC\\s+[\"']-//Netscape Communications//DTD RSS 0\\.91//EN[\"']");

  /** Markup that is copied as it stands: no reference inside it is expanded. */
  private static final String[][] VERBATIM = {{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"<?", "?>"}};

  private Doctype() {}

  /** The text without its DOCTYPE, internal entities expanded. */
  static String strip(String text, List<String> warnings) throws FeedException {
    int start = doctypeInProlog(text);
    if (start < 0) {
      return text;
    }
    int end = end(text, start);
    if (end < 0) {
      throw new FeedException("the DOCTYPE declaration is never closed");
    }
    String rest = text.substring(0, start) + text.substring(end + 1);
    Map<String, String> entities = entities(text.substring(start, end + 1), warnings);
    if (entities.isEmpty()) {
      // RSS 0.91's own DTD (Netscape's) loses nothing: the HTML entities it declares are read
      // anyway. Any other may declare entities of its own, which are not: worth a word.
      String doctype = text.substring(start, end + 1);
      if (!RSS_091.matcher(doctype).find() || doctype.indexOf('[') >= 0) {
        warnings.add("ignored the DOCTYPE; external DTDs are never loaded");
      }
      return rest;
    }
    return expand(rest, entities);
  }

  /** Where the DOCTYPE starts: only before the root element, past comments and processing instructions. */
  private static int doctypeInProlog(String text) {
    int i = text.indexOf('<');
    while (i >= 0 && !text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
      int next = skipVerbatim(text, i);
      i = next > i && next < text.length() ? text.indexOf('<', next) : -1;
    }
    return i;
  }

  /** The '>' closing the DOCTYPE at {@code start}, past its internal subset, quoted text and comments. */
  private static int end(String text, int start) {
    int depth = 0;
    for (int i = start + 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = text.indexOf(c, i + 1);
      } else if (text.startsWith("<!--", i)) {
        int close = text.indexOf("-->", i + 4);
        i = close < 0 ? -1 : close + 2;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i;
      }
      if (i < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** The general entities the subset declares, expanded; refuses external ones. */
  private static Map<String, String> entities(String doctype, List<String> warnings) throws FeedException {
    Map<String, String> raw = new HashMap<>();
    int i = doctype.indexOf('[');
    while (i >= 0 && (i = doctype.indexOf('<', i)) >= 0) {
      int next = skipVerbatim(doctype, i);
      if (next > i) {
        i = next;
        continue;
      }
      Matcher m = ENTITY.matcher(doctype).region(i, doctype.length());
      if (m.lookingAt()) {
        declare(m, raw, warnings);
      }
      int declarationEnd = end(doctype, i);
      i = declarationEnd < 0 ? -1 : declarationEnd + 1;
    }
    // Each entity expanded once, and every reference counted: entities that expand to nothing, each
    // referring to the one before a hundred times, are no longer but were a 2 KB feed taking minutes.
    Expansions expanded = new Expansions();
    for (String name : raw.keySet()) {
      expandEntity(name, raw, 0, expanded);
    }
    if (!expanded.values.isEmpty()) {
      warnings.add("expanded " + expanded.values.size() + " entit" + (expanded.values.size() == 1 ? "y" : "ies")
          + " declared in the DOCTYPE");
    }
    return expanded.values;
  }

  private static void declare(Matcher m, Map<String, String> raw, List<String> warnings) throws FeedException {
    boolean parameter = m.group(1) != null;
    String name = m.group(2);
    if (m.group(3) != null) {
      String publicId = "PUBLIC".equals(m.group(3)) ? unquote(m.group(4)) : "";
      if (parameter && publicId.contains("//W3C//ENTITIES")) {
        warnings.add("ignored the DOCTYPE's reference to the " + publicId + " entity set");
        return;
      }
      String systemId = unquote("PUBLIC".equals(m.group(3)) ? m.group(5) == null ? "" : m.group(5) : m.group(4));
      throw new FeedException("the DOCTYPE declares an external entity '" + name + "' (" + systemId
          + "); external entities are never loaded, so this document is refused");
    }
    if (!parameter) {
      raw.put(name, unquote(m.group(6)));
    }
  }

  /** The index after the CDATA section, comment or processing instruction at {@code i}, or {@code i}. */
  private static int skipVerbatim(String text, int i) {
    for (String[] markup : VERBATIM) {
      if (text.startsWith(markup[0], i)) {
        int close = text.indexOf(markup[1], i + markup[0].length());
        return close < 0 ? text.length() : close + markup[1].length();
      }
    }
    return i;
  }

  /**
   * The entities expanded so far, how many levels of others each nests, and what the expansion
   * cost in all: each entity is expanded once, whatever order they are met in, within the limits.
   */
  private static final class Expansions {
    final Map<String, String> values = new HashMap<>();
    final Map<String, Integer> heights = new HashMap<>();
    int references;
    long characters;
  }

  private static String expandEntity(String name, Map<String, String> raw, int depth, Expansions expanded)
      throws FeedException {
    String done = expanded.values.get(name);
    if (done != null && depth + expanded.heights.get(name) <= 4) {
      return done;
    }
    if (done != null || depth > 4) {
      throw new FeedException("entity '" + name + "' nests other entities too deeply (an entity bomb?); refused");
    }
    int height = 0;
    StringBuilder value = new StringBuilder();
    Matcher ref = REFERENCE.matcher(raw.get(name));
    int last = 0;
    while (ref.find()) {
      value.append(raw.get(name), last, ref.start());
      String inner = ref.group(1);
      if (++expanded.references > MAX_REFERENCES) {
        throw new FeedException("the DOCTYPE's entities refer to one another more than " + MAX_REFERENCES
            + " times (an entity bomb?); refused");
      }
      if (raw.containsKey(inner)) {
        value.append(expandEntity(inner, raw, depth + 1, expanded));
        height = Math.max(height, expanded.heights.get(inner) + 1);
      } else {
        value.append(ref.group());
      }
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
    String result = value.toString();
    // Each entity may be 64 K long, but not thousands of them: what they hold in all is bounded too.
    expanded.characters += result.length();
    if (expanded.characters > MAX_EXPANSION) {
      throw new FeedException("the DOCTYPE's entities expand to more than " + MAX_EXPANSION
          + " characters in all (an entity bomb?); refused");
    }
    expanded.values.put(name, result);
    expanded.heights.put(name, height);
    return result;
  }

  /** Expands declared references in text and attribute values; CDATA, comments and PIs are copied as they are. */
  private static String expand(String text, Map<String, String> entities) throws FeedException {
    StringBuilder out = new StringBuilder(text.length());
    Matcher ref = REFERENCE.matcher(text);
    long growth = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int verbatimEnd = c == '<' ? skipVerbatim(text, i) : i;
      if (verbatimEnd > i) {
        out.append(text, i, verbatimEnd);
        i = verbatimEnd;
        continue;
      }
      String value = c == '&' && ref.region(i, text.length()).lookingAt() ? entities.get(ref.group(1)) : null;
      if (value == null) {
        out.append(c);
        i++;
        continue;
      }
      out.append(value);
      i = ref.end();
      growth += value.length();
      if (growth > MAX_EXPANSION) {
        throw new FeedException("entity references would grow the document by more than " + MAX_EXPANSION
            + " characters (a quadratic blow-up); refused");
      }
    }
    return out.toString();
  }

  private static String unquote(String quoted) {
    return quoted == null || quoted.length() < 2 ? "" : quoted.substring(1, quoted.length() - 1);
  }
}
