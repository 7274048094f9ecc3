package dev.broadsheet.render;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two mistakes in a site's templates that rendering cannot report well, found in their text: a
 * list of a range without an end whose body is empty, which runs no instruction the time limit
 * could stop it at ({@link RenderDeadline}), so the build would never end; and {@code ?no_esc} on
 * a field that holds a publisher's plain text, which may hold {@code <script>} and would run in
 * readers' browsers. And the opposite slip, which only looks wrong: a field of sanitized HTML
 * ({@code summaryHtml}, {@code noteHtml}) printed escaped, so readers see its tags as text.
 */
final class TemplateLint {
  private static final Pattern ENDLESS_EMPTY_LIST = Pattern.compile(
      "<#list\\s+[^>]*?\\.\\.\\s+as\\s+\\w+\\s*>\\s*</#list\\s*>");
  /**
   * An article's own plain text (a.title, article.item.article.publisher, story.lead.article.via)
   * or a helper's text made of it; the site's own words (site.title) are the owner's to print as
   * they like.
   */
  private static final Pattern PLAIN_TEXT_UNESCAPED = Pattern.compile(
      "(?<![\\w.])(?:a|article|[\\w.]*\\.article)\\.(title|publisher|via|section|addressTitle|guid|url|imageUrl)"
          + "\\?no_esc\\b"
          + "|\\bh\\.(teaser|shortTeaser|attribution|publisher|plain|linkedSite)\\([^)]*\\)\\?no_esc\\b"
          // A tag's name is a feed's category; a source's last error quotes what a server said.
          + "|\\btag\\.name\\?no_esc\\b|\\.lastError\\?no_esc\\b");
  /** A field of sanitized HTML printed as it is in an HTML template, which escapes it: {@code ${a.summaryHtml}}. */
  private static final Pattern HTML_ESCAPED = Pattern.compile("\\$\\{\\s*([\\w.]+Html)\\s*(?:!\\s*(?:\"\"|'')?\\s*)?}");
  /** Where a template prints without HTML escaping, or as plain text. */
  private static final Pattern NOT_ESCAPING = Pattern.compile(
      "(?s)<#noautoesc\\s*>.*?</#noautoesc\\s*>|<#outputformat\\b[^>]*>.*?</#outputformat\\s*>");
  /** What Freemarker never runs: comments and noparse blocks (their lines kept, for the line numbers). */
  private static final Pattern NOT_RUN = Pattern.compile("(?s)<#--.*?-->|<#noparse>.*?</#noparse>");

  private TemplateLint() {}

  /**
   * The warnings for the site's templates in {@code siteTemplates}; throws for a loop that would
   * never end, at its file and line, before any page is rendered.
   */
  static List<Problem> check(Path siteTemplates) {
    List<Problem> errors = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    for (Path file : SiteTemplateFiles.templates(siteTemplates)) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        // Unreadable or not UTF-8: the engine reports it when it loads the template.
        continue;
      }
      text = withoutWhatIsNotRun(text);
      Matcher endless = ENDLESS_EMPTY_LIST.matcher(text);
      while (endless.find()) {
        errors.add(Problem.at(file.toString(), lineOf(text, endless.start()), "template error: " + endless.group()
            + " lists a range without an end and does nothing: it would never end (give the range an end, 1..10,"
            + " or a body that stops it with <#break>)"));
      }
      Matcher raw = PLAIN_TEXT_UNESCAPED.matcher(text);
      while (raw.find()) {
        warnings.add(Problem.warningAt(file.toString(), lineOf(text, raw.start()), "?no_esc prints a publisher's"
            + " plain text as HTML: a headline holding <img onerror=…> would run in readers' browsers; print it"
            + " escaped (without ?no_esc)"));
      }
      // Escaping is what a template wants in a tag's attribute (?no_esc there would break out of it)
      // and where it turned escaping off or printed plain text itself.
      String escaping = NOT_ESCAPING.matcher(text).replaceAll(m -> m.group().replaceAll("[^\n]", ""));
      Matcher escaped = HTML_ESCAPED.matcher(file.getFileName().toString().endsWith(".ftlh") ? escaping : "");
      while (escaped.find()) {
        if (insideTag(escaping, escaped.start())) {
          continue;
        }
        warnings.add(Problem.warningAt(file.toString(), lineOf(text, escaped.start()), escaped.group(1) + " holds"
            + " HTML (sanitized), which this .ftlh template escapes: readers see its tags as text (&lt;p&gt;);"
            + " print it with ?no_esc, as the theme does (" + (escaped.group(1).endsWith("noteHtml")
            // An editor's note links the site's own pages: siteHtml makes those links work from every page.
            ? "${siteHtml(" + escaped.group(1) + ")?no_esc}" : "${" + escaped.group(1) + "?no_esc}") + ")"));
      }
    }
    if (!errors.isEmpty()) {
      throw new BroadsheetException(errors);
    }
    return warnings;
  }

  private static String withoutWhatIsNotRun(String text) {
    Matcher m = NOT_RUN.matcher(text);
    StringBuilder kept = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(kept, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", "")));
    }
    m.appendTail(kept);
    return kept.toString();
  }

  /** Whether {@code offset} of {@code text} is inside an HTML tag (an attribute's value), not between tags. */
  private static boolean insideTag(String text, int offset) {
    for (int i = offset - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '>') {
        return false;
      }
      // An HTML tag, not a directive's (<#if …>, <@macro …>), which does not escape.
      if (c == '<') {
        return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
      }
    }
    return false;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
