package dev.broadsheet.config;

/**
 * URL patterns of the generated pages, relative to the site root. Placeholders: {@code {slug}}
 * for articles, sections, sources and pages; {@code {yyyy}}, {@code {MM}}, {@code {dd}} for
 * editions. A pattern ending in {@code /} becomes a folder with an {@code index.html}.
 */
public record Permalinks(String article, String edition, String section, String source, String page) {

  public static Permalinks defaults() {
    return new Permalinks(
        "articles/{slug}/", "editions/{yyyy}/{MM}/{dd}/", "sections/{slug}/", "sources/{slug}/", "{slug}/");
  }
}
