package dev.broadsheet.config;

/**
 * URL patterns of the generated pages, relative to the site root. Placeholders: {@code {slug}}
 * for articles, sections, sources and pages; {@code {yyyy}}, {@code {MM}}, {@code {dd}} for
 * editions. A pattern ending in {@code /} becomes a folder with an {@code index.html}; only an
 * article's and a page's may be a file ({@code {slug}.html}), the others holding more files.
 */
public record Permalinks(String article, String edition, String section, String source, String page) {
  private static final String SLUG_PLACEHOLDER = "\\{slug}";
  private static final String DATE_PLACEHOLDERS = "\\{(yyyy|MM|dd)}";
  /**
   * A web address's characters that need no escaping in a path (RFC 3986's unreserved ones, its
   * sub-delimiters and '@'), but ':' and '*' (no file name on Windows), '+' (some hosts serve it as
   * a space) and '%' (a folder "a%20b" is served at a%2520b).
   */
  private static final String SAFE = "[a-zA-Z0-9._~/!$&'(),;=@-]";

  /** The kinds of page a pattern is given for. */
  public enum Kind { ARTICLE, EDITION, SECTION, SOURCE, PAGE }

  /** The pattern of {@code kind}'s pages. */
  public String of(Kind kind) {
    return switch (kind) {
      case ARTICLE -> article;
      case EDITION -> edition;
      case SECTION -> section;
      case SOURCE -> source;
      case PAGE -> page;
    };
  }

  /**
   * What the placeholders of {@code pattern} hold in {@code path}, an address the pattern made
   * ({@code articles/{slug}/} and {@code articles/quay-opens-4f2a/} give slug {@code quay-opens-4f2a});
   * empty when the pattern did not make it (a numbered page {@code sections/x/page/1/}, another pattern's page).
   */
  public static java.util.Optional<java.util.Map<String, String>> placeholders(String pattern, String path) {
    return reader(pattern).apply(path);
  }

  /** {@link #placeholders} of {@code pattern}, made once for the addresses of many pages. */
  public static java.util.function.Function<String, java.util.Optional<java.util.Map<String, String>>> reader(
      String pattern) {
    java.util.regex.Matcher parts = PLACEHOLDER.matcher(pattern);
    StringBuilder regex = new StringBuilder();
    java.util.List<String> names = new java.util.ArrayList<>();
    int at = 0;
    while (parts.find()) {
      regex.append(java.util.regex.Pattern.quote(pattern.substring(at, parts.start())));
      names.add(parts.group(1));
      regex.append("slug".equals(parts.group(1)) ? "([^/]+)" : "yyyy".equals(parts.group(1)) ? "([0-9]{4})" : "([0-9]{2})");
      at = parts.end();
    }
    regex.append(java.util.regex.Pattern.quote(pattern.substring(at)));
    java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(regex.toString());
    return path -> {
      java.util.regex.Matcher m = compiled.matcher(path);
      if (!m.matches()) {
        return java.util.Optional.empty();
      }
      java.util.Map<String, String> values = new java.util.HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String was = values.putIfAbsent(names.get(i), m.group(i + 1));
        if (was != null && !was.equals(m.group(i + 1))) {
          // A placeholder written twice holds one value.
          return java.util.Optional.empty();
        }
      }
      return java.util.Optional.of(values);
    };
  }

  /** {@code pattern} with its placeholders filled from {@code values}; empty when one of them is not there. */
  public static java.util.Optional<String> filled(String pattern, java.util.Map<String, String> values) {
    java.util.regex.Matcher parts = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (parts.find()) {
      String value = values.get(parts.group(1));
      if (value == null) {
        return java.util.Optional.empty();
      }
      parts.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
    }
    parts.appendTail(out);
    return java.util.Optional.of(out.toString());
  }

  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(slug|yyyy|MM|dd)}");

  public static Permalinks defaults() {
    return new Permalinks(
        "articles/{slug}/", "editions/{yyyy}/{MM}/{dd}/", "sections/{slug}/", "sources/{slug}/", "{slug}/");
  }

  /** The patterns as written, defaults for those not written; {@code problem} hears of each wrong one (pointer, message). */
  static Permalinks of(RawConfig.RawPermalinks written, java.util.function.BiConsumer<String, String> problem) {
    Permalinks d = defaults();
    if (written == null) {
      return d;
    }
    return new Permalinks(
        pattern(written.article(), d.article(), "article", problem),
        pattern(written.edition(), d.edition(), "edition", problem),
        pattern(written.section(), d.section(), "section", problem),
        pattern(written.source(), d.source(), "source", problem),
        pattern(written.page(), d.page(), "page", problem));
  }

  /**
   * {@code value} as a pattern of {@code kind}'s pages, as the config would have it (a leading '/'
   * taken off); {@code problem} hears of each thing wrong with it (its key's pointer, a sentence).
   */
  public static String checked(Kind kind, String value, java.util.function.BiConsumer<String, String> problem) {
    return pattern(value, null, kind.name().toLowerCase(java.util.Locale.ROOT), problem);
  }

  private static String pattern(String value, String fallback, String key,
      java.util.function.BiConsumer<String, String> problem) {
    if (value == null) {
      return fallback;
    }
    String v = value.strip();
    if (v.startsWith("/")) {
      v = v.substring(1);
    }
    // Each page its own address: editions of one month under one pattern without {dd} would share one.
    boolean edition = "edition".equals(key);
    if (edition ? !(v.contains("{yyyy}") && v.contains("{MM}") && v.contains("{dd}")) : !v.contains("{slug}")) {
      problem.accept("/permalinks/" + key, "'permalinks." + key + "' must contain "
          + (edition ? "{yyyy}, {MM} and {dd}, so that each edition has an address of its own" : "{slug}")
          + ", found '" + value + "'");
    }
    String placeholders = "edition".equals(key) ? DATE_PLACEHOLDERS : SLUG_PLACEHOLDER;
    java.util.regex.Matcher other = java.util.regex.Pattern.compile("\\{[^}]*}").matcher(v.replaceAll(placeholders, ""));
    if (other.find()) {
      problem.accept("/permalinks/" + key, "'permalinks." + key + "' has the placeholder " + other.group()
          + ", which it does not fill; its placeholders: " + ("edition".equals(key) ? "{yyyy}, {MM}, {dd}" : "{slug}"));
    } else {
      String unsafe = v.replaceAll(placeholders + "|" + SAFE, "");
      if (!unsafe.isEmpty()) {
        // Published as folder names and written into links, feeds and the sitemap as they are: a space
        // or an accent there is no valid web address.
        problem.accept("/permalinks/" + key, "'permalinks." + key + "' may hold only ASCII letters, digits and - . _ ~"
            + " / ! $ & ' ( ) , ; = @ besides its placeholders, found " + (unsafe.startsWith(" ") ? "a space"
            : "'" + Character.toString(unsafe.codePointAt(0)) + "'") + " in '" + value + "'; write '"
            + safe(v, placeholders) + "'");
      }
    }
    if (v.contains("..") || v.contains("\\")) {
      problem.accept("/permalinks/" + key, "'permalinks." + key + "' may not contain '..' or '\\'");
    }
    if (!v.endsWith("/") && !"article".equals(key) && !"page".equals(key)) {
      // Their feeds, numbered pages (page/1/) and, for an edition, its newsletter are published inside them.
      problem.accept("/permalinks/" + key, "'permalinks." + key + "' must end with '/', found '" + value + "': "
          + ("edition".equals(key) ? "an edition's newsletter is" : "its feeds and numbered pages are")
          + " published inside its folder (only article and page addresses may be files, such as {slug}.html)");
    }
    return v;
  }

  /**
   * {@code pattern} with accents taken off its letters, other letters spelled as slugs spell them
   * ("ł" l, "статті" statti) and every other character not allowed made '-'.
   */
  private static String safe(String pattern, String placeholders) {
    String plain = java.text.Normalizer.normalize(pattern, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder();
    // Runs of letters are spelled as words; a space or another sign between them stays a '-'.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(placeholders + "|" + SAFE + "|(\\p{L}+)|.")
        .matcher(plain);
    while (m.find()) {
      String spelled = m.group(1) == null ? m.group() : dev.broadsheet.base.Slugs.ofOrNull(m.group(1), m.group(1).length() * 4);
      out.append(m.group(1) == null && !m.group().matches(placeholders + "|" + SAFE) || spelled == null ? "-" : spelled);
    }
    return out.toString();
  }
}
