package dev.broadsheet.picks;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Spelling;
import java.util.List;
import java.util.Locale;

/**
 * What front matter meant by a key Broadsheet does not know. Most cost the editor only their
 * setting ({@code ordr: 2}, {@code layout: post}): warned of, the file used without them. Two kinds
 * were meant to keep something off the site, and are read so, since publishing what an editor
 * held back cannot be taken back:
 * <ul>
 *   <li>a draft, as other site generators write it ({@code draft: true}, {@code unpublished: yes},
 *       {@code published: false}): the note is not ready, so the pick or page is left out, and a
 *       picked article is shown as its feed gives it;
 *   <li>a hiding ({@code hidden: true}, {@code private: on}, {@code visible: false}, a misspelt
 *       {@code hdie: true}): a page is left out, and a pick is read as {@code hide: true}, which
 *       keeps its article off too, an error until it is corrected.
 * </ul>
 */
final class HidingKeys {
  private HidingKeys() {}

  /** Names (or one edit from them) that, set to true, hide. */
  private static final List<String> HIDING_WHEN_ON = List.of("hide", "hidden", "private", "unlisted");
  /** Names that, set to false, hide. */
  private static final List<String> HIDING_WHEN_OFF = List.of("visible", "public", "listed", "shown");
  /** Names (or one edit from them) that, set to true, make a draft. */
  private static final List<String> DRAFT_WHEN_ON = List.of("draft", "unpublished");
  /** Names that, set to false, make a draft. */
  private static final List<String> DRAFT_WHEN_OFF = List.of("published");

  /**
   * Warns of {@code doc}'s unknown keys (those merely ignored through {@code ignored}); throws, with
   * warnings, when the file is a draft (left out), and, with errors, when it is a page hidden by such
   * a key. Returns whether a pick is hidden by one.
   */
  static boolean read(MarkdownDocument.Parsed<?> doc, String kind, List<Problem> warnings, IgnoredKeys ignored) {
    String draft = first(doc.unknownKeysSwitchedOn(), DRAFT_WHEN_ON, 1);
    String draftOff = first(doc.unknownKeysSwitchedOff(), DRAFT_WHEN_OFF, 0);
    String hiding = first(doc.unknownKeysSwitchedOn(), HIDING_WHEN_ON, 1);
    String hidingOff = first(doc.unknownKeysSwitchedOff(), HIDING_WHEN_OFF, 0);
    if (hiding == null && hidingOff == null && (draft != null || draftOff != null)) {
      String key = draft != null ? draft : draftOff;
      String written = key + ": " + (draft != null ? "true" : "false");
      throw new BroadsheetException(Problem.warningAt(doc.unknownKeys().get(0).file(), doc.lineOf(key), "'" + written
          + "' makes this " + kind + " a draft: it is left out until the key is removed"
          + (kind.equals("pick") ? " (the article is shown as its feed gives it; to keep it off the site, write"
              + " 'hide: true')" : "")));
    }
    String hider = hiding != null ? hiding : hidingOff;
    if (hider != null && kind.equals("page")) {
      throw new BroadsheetException(Problem.at(doc.unknownKeys().get(0).file(), doc.lineOf(hider), "'" + hider
          + "' is not a key of a page; the page is left out until it is corrected: a key like this is meant to"
          + " hide it (remove the page's file, or the key)"));
    }
    int hiderLine = hider == null ? -1 : doc.lineOf(hider);
    for (Problem p : doc.unknownKeys()) {
      if (p.line() == hiderLine) {
        warnings.add(Problem.at(p.file(), p.line(), p.message() + "; the pick is read as 'hide: true' until it is"
            + " corrected: a key like this set to " + (hiding != null) + " is meant to hide it"));
      } else {
        ignored.add(doc.unknownKeyNames().get(p).key(), Problem.warningAt(p.file(), p.line(), p.message()
            + "; the key is ignored and the " + kind + " published without it"));
      }
    }
    return hider != null;
  }

  /** The first of {@code keys} that is one of {@code names}, or within {@code edits} of one (four letters or more). */
  private static String first(List<String> keys, List<String> names, int edits) {
    for (String key : keys) {
      String lower = key.toLowerCase(Locale.ROOT);
      if (names.contains(lower) || (edits > 0 && lower.length() >= 4 && Spelling.closest(lower, names, edits) != null)) {
        return key;
      }
    }
    return null;
  }
}
