package dev.broadsheet.render;

import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The search index: {@code search/index.js}, a script that sets {@code window.broadsheetSearchIndex}
 * for {@code assets/search.js}, and one part per month, {@code search/2026-11.js}, each a script
 * that adds its reports to {@code window.broadsheetSearchParts}. Scripts and not JSON files because
 * a browser lets a page opened from disk ({@code file://}) load a script beside it but not fetch a
 * file, so search works from disk as it does on a server. The index names the parts, newest first,
 * each with a version made from its bytes that the script loads it by ({@code 2026-11.js?9f2c…}):
 *
 * <pre>{"v":4, "parts":[["2026-11", "9f2c41d07a3b"], ["2026-10", …], …, ["undated", …]]}</pre>
 *
 * and each part is the JSON document
 *
 * <pre>{"v":4, "prefix":"articles/", "sections":[…], "publishers":[…],
 *  "days":[[isoDay, shownDay], …], "items":[[title, path, section, publisher, day, words], …]}</pre>
 *
 * with its reports newest first (a story's in its order where they are of one time). Parts by month because a site's news arrives in its
 * newest month: a build rewrites that part and keeps every other as published, where one index of a
 * hundred thousand reports was made again whole on every build. Nothing is written twice: sections,
 * publishers and days are indexes into the part's tables (days newest first, -1 for none), paths
 * lose the folder they all share ({@code prefix}), and {@code words} holds only the words of the
 * summary's opening, the tags and the authors that the title does not already have, each once:
 * search matches words, and they are never shown. The strings are strangers' text: written with {@link InlineJson}'s
 * escapes, no {@code </script>} or {@code <!--} can form even if the index is ever inlined.
 */
final class SearchIndex {
  static final String PATH = "search/index.js";
  static final String GLOBAL = "broadsheetSearchIndex";
  static final String PARTS = "broadsheetSearchParts";
  /** The part of the reports that have no date. */
  static final String UNDATED = "undated";
  /** How much of a summary is searched: as much as a card's short teaser shows, where its key words are. */
  static final int SUMMARY_CHARS = 160;

  private final TemplateHelpers helpers;
  private final ZoneId zone;

  SearchIndex(TemplateHelpers helpers, ZoneId zone) {
    this.helpers = helpers;
    this.zone = zone;
  }

  /**
   * One result: an outlet's report, and the editor's pick that gives its headline, or null (the
   * headline is then in the pick's language, {@link TemplateHelpers#pickTitleLang}). A part's
   * reports are also what the part is made from, for {@code unchanged}: a pick's language key with them.
   */
  private record Report(Story.Item item, dev.broadsheet.picks.Pick titledBy) {}

  /** The index script and every part, for every outlet's report of every story. */
  List<RenderedFile> write(List<Story> stories) {
    return write(stories, (path, model) -> false, path -> null);
  }

  /**
   * The index script and its parts; a part that {@code unchanged} says was made from the same
   * reports (the model it is given) is kept as published and not made again: its version is
   * read from the bytes {@code published} gives for its path (null: made again after all).
   */
  List<RenderedFile> write(List<Story> stories, BiPredicate<String, Object> unchanged,
      Function<String, byte[]> published) {
    // Months newest first, the undated last.
    TreeMap<String, List<Report>> parts = new TreeMap<>(Comparator.comparing((String p) -> p.equals(UNDATED))
        .thenComparing(Comparator.reverseOrder()));
    for (Story s : stories) {
      // One result per article: a syndicated copy or a second feed's copy of one publisher's headline is
      // not another; that publisher's follow-up in the same story is, and has its own page to find.
      for (Story.Item i : s.distinctArticles()) {
        boolean picksTitle = s.pick() != null && s.pick().title() != null && i == s.lead();
        parts.computeIfAbsent(part(i.article()), p -> new ArrayList<>()).add(new Report(i, picksTitle ? s.pick() : null));
      }
    }
    // Newest first within a part: results that match alike are listed newest first, and reports
    // of one story, listed in the story's order, were oldest first.
    Comparator<Report> newestFirst = Comparator.comparing((Report r) -> r.item().article().effectiveTime(),
        Comparator.nullsLast(Comparator.reverseOrder()));
    parts.values().forEach(reports -> reports.sort(newestFirst));
    List<RenderedFile> files = new ArrayList<>();
    List<List<String>> named = new ArrayList<>();
    parts.forEach((name, reports) -> {
      String path = "search/" + name + ".js";
      byte[] kept = unchanged.test(path, reports) ? published.apply(path) : null;
      RenderedFile part = kept != null ? RenderedFile.kept(path)
          : script(path, "(window." + PARTS + "=window." + PARTS + "||{})[\"" + name + "\"]=", document(reports));
      files.add(part);
      named.add(List.of(name, version(kept != null ? kept : part.bytes())));
    });
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("v", 4);
    index.put("parts", named);
    files.add(0, script(PATH, "window." + GLOBAL + "=", index));
    return files;
  }

  /**
   * A part's version, for its address: a part's address changes with its bytes, so no browser or
   * cache between keeps an old copy of it, and the index (rewritten whenever a part is) names it.
   * Kept parts are published files of a few hundred kilobytes, one per month: reading them back is
   * a fraction of making them.
   */
  static String version(byte[] bytes) {
    return ChangeDigests.hex(bytes).substring(0, 12);
  }

  private static RenderedFile script(String path, String assignment, Map<String, Object> value) {
    return new RenderedFile(path, (assignment + InlineJson.write(value) + ";\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The part a report is in: the month of its day in the site's zone ("2026-11"), or {@link #UNDATED}. */
  private String part(Article a) {
    return a.effectiveTime() == null ? UNDATED : YearMonth.from(a.effectiveTime().atZone(zone)).toString();
  }

  /** One part as a value, for {@link InlineJson} to write. */
  private Map<String, Object> document(List<Report> reports) {
    Map<String, String> shown = days(reports);
    Map<String, Integer> days = new LinkedHashMap<>();
    shown.keySet().forEach(d -> days.put(d, days.size()));
    String prefix = sharedFolder(reports.stream().map(r -> r.item().path()).toList());
    Map<String, Integer> sections = new LinkedHashMap<>();
    Map<String, Integer> publishers = new LinkedHashMap<>();
    // Each report's words and attribution read its own text only: found side by side, numbered in order.
    record Read(String attribution, String words) {}
    // An unknown publisher is no name to find ("the publisher" matched a search for "publisher").
    List<Read> read = reports.parallelStream().map(r -> new Read(helpers.publisher(r.item().article()) != null
        ? helpers.attribution(r.item().article()) : r.item().article().via() != null ? r.item().article().via() : "",
        // A placeholder headline ("(untitled)") is no word of the report's.
        newWords(dev.broadsheet.store.Article.UNTITLED.equals(r.item().article().title()) ? ""
            : searchable(r.item().article().title()), helpers.summaryOpening(r.item().article(), SUMMARY_CHARS + 1),
            labels(r.item().article())))).toList();
    List<List<Object>> items = new ArrayList<>(reports.size());
    for (int r = 0; r < reports.size(); r++) {
      Story.Item i = reports.get(r).item();
      Article a = i.article();
      int section = sections.computeIfAbsent(helpers.section(a), k -> sections.size());
      int publisher = publishers.computeIfAbsent(read.get(r).attribution(), k -> publishers.size());
      String day = day(a);
      List<Object> item = new ArrayList<>(List.of(searchable(a.title()), i.path().substring(prefix.length()), section, publisher,
          day == null ? -1 : days.get(day), read.get(r).words()));
      // The headline's language when it is not the site's: the report's, or the pick's that gives it.
      dev.broadsheet.picks.Pick titledBy = reports.get(r).titledBy();
      String language = titledBy != null ? helpers.pickTitleLang(titledBy) : helpers.lang(a);
      if (!language.isEmpty()) {
        item.add(language);
      }
      items.add(item);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("v", 4);
    doc.put("prefix", prefix);
    doc.put("sections", new ArrayList<>(sections.keySet()));
    doc.put("publishers", new ArrayList<>(publishers.keySet()));
    doc.put("days", shown.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
    doc.put("items", items);
    return doc;
  }

  /**
   * Each day any report is dated, newest first, with the day as every page shows it ("24 November
   * 2026", in the site's language).
   */
  private Map<String, String> days(List<Report> reports) {
    TreeMap<String, String> days = new TreeMap<>(Comparator.reverseOrder());
    for (Report r : reports) {
      Article a = r.item().article();
      String day = day(a);
      if (day != null) {
        days.computeIfAbsent(day, d -> helpers.date(a.effectiveTime()));
      }
    }
    return days;
  }

  private String day(Article a) {
    return a.effectiveTime() == null ? null : helpers.isoDay(a.effectiveTime().atZone(zone).toLocalDate());
  }

  /**
   * A headline as searches match it: without soft hyphens, which a publisher's headline may carry
   * for line breaking ("Pünkt\u00ADlichkeit") and no reader types (summaries lose them as they are read).
   */
  static String searchable(String title) {
    return title == null || title.indexOf('\u00AD') < 0 ? title : title.replace("\u00AD", "");
  }

  /** The folder every path's page sits in ("articles/"), or nothing when they share none. */
  static String sharedFolder(List<String> paths) {
    String shared = null;
    for (String p : paths) {
      // The page's own folder is its name, not a folder it shares: "articles/a/" is in "articles/".
      String folder = p.substring(0, p.lastIndexOf('/', p.length() - 2) + 1);
      int n = 0;
      while (shared != null && n < shared.length() && n < folder.length() && shared.charAt(n) == folder.charAt(n)) {
        n++;
      }
      shared = shared == null ? folder : shared.substring(0, n);
    }
    return shared == null ? "" : shared.substring(0, shared.lastIndexOf('/') + 1);
  }

  /**
   * The words of the summary's opening and of {@code labels} (an article's tags and authors, which
   * its pages show) that are not in the title, each once, in their first spelling, joined by
   * spaces. Searching them finds what searching the whole opening found: a query is split into
   * words the same way, and every query word must occur somewhere.
   */
  static String newWords(String title, String summary, List<String> labels) {
    Set<String> seen = new HashSet<>();
    for (String w : words(title == null ? "" : title)) {
      seen.add(w.toLowerCase(Locale.ROOT));
    }
    StringBuilder out = new StringBuilder();
    List<String> found = new ArrayList<>(words(Teasers.cut(summary == null ? "" : summary, SUMMARY_CHARS)));
    labels.forEach(label -> found.addAll(words(label)));
    for (String w : found) {
      if (seen.add(w.toLowerCase(Locale.ROOT))) {
        out.append(out.length() == 0 ? "" : " ").append(w);
      }
    }
    return out.toString();
  }

  /** What a reader may search an article by besides its words: its tags and its authors' names. */
  private static List<String> labels(Article a) {
    List<String> labels = new ArrayList<>(a.tags());
    labels.addAll(a.authors());
    return labels;
  }

  /**
   * The runs of letters, marks and digits in {@code text}, as {@code [\p{L}\p{M}\p{N}]+} finds
   * them (and search.js splits a query), scanned by hand: every stored report passes here on every
   * build, and the regular expression was most of the index's time.
   */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean word = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          : isWordCharacter(c);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words;
  }

  private static boolean isWordCharacter(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }
}
