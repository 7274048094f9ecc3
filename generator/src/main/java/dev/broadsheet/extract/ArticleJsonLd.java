package dev.broadsheet.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Finds the JSON-LD object that describes a page's article, the strongest metadata signal. */
final class ArticleJsonLd {
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
      "socialmediaposting", "liveblogposting", "scholarlyarticle", "techarticle", "report", "webpage");
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();

  private ArticleJsonLd() {}

  /** The first JSON-LD object of an article type, searching arrays and {@code @graph}. */
  static JsonNode find(List<Element> scripts) {
    JsonNode fallback = null;
    for (Element script : scripts) {
      try {
        List<JsonNode> found = new ArrayList<>();
        flatten(JSON.readTree(unwrap(script.data())), found);
        for (JsonNode node : found) {
          String type = typeOf(node);
          if (ARTICLE_TYPES.contains(type) && !"webpage".equals(type)) {
            return node;
          }
          if ("webpage".equals(type) && fallback == null) {
            fallback = node;
          }
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the other signals still count.
      }
    }
    return fallback;
  }

  /**
   * Some CMSs wrap JSON-LD in {@code <![CDATA[ ]]>} or an HTML comment, a leftover from XHTML
   * habits; browsers' structured-data readers tolerate it, so we do too.
   */
  private static String unwrap(String data) {
    String s = data.strip();
    if (s.startsWith("<![CDATA[") && s.endsWith("]]>")) {
      s = s.substring(9, s.length() - 3);
    } else if (s.startsWith("<!--") && s.endsWith("-->")) {
      s = s.substring(4, s.length() - 3);
    }
    return s;
  }

  private static void flatten(JsonNode node, List<JsonNode> out) {
    for (JsonNode n : elements(node)) {
      if (n.isObject()) {
        out.add(n);
        flatten(n.get("@graph"), out);
      }
    }
  }

  /** The value itself, or the elements of an array (arrays in it flattened): JSON-LD allows either anywhere. */
  static List<JsonNode> elements(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.addAll(elements(n)));
    } else if (node != null) {
      out.add(node);
    }
    return out;
  }

  private static String typeOf(JsonNode node) {
    JsonNode t = node.get("@type");
    if (t == null) {
      return "";
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        String v = x.asText().toLowerCase(Locale.ROOT);
        if (ARTICLE_TYPES.contains(v)) {
          return v;
        }
      }
      return "";
    }
    return t.asText().toLowerCase(Locale.ROOT);
  }
}
