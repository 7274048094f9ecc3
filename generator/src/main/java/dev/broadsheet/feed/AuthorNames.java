package dev.broadsheet.feed;

/**
 * An author as a feed names one, made fit to publish: a name, never an e-mail address. RSS's
 * {@code <author>} is formally an address ("jo@example.org (Jo Bloggs)"), and feeds of every format
 * write "Jo Bloggs <jo@example.org>" or the bare address where a name belongs.
 */
final class AuthorNames {
  private AuthorNames() {}

  /** The name in {@code written} (plain text), or null when it holds none but an address. */
  static String of(String written) {
    if (written == null) {
      return null;
    }
    String name = written.strip();
    if (name.indexOf('@') >= 0) {
      // "jo@example.org (Jo Bloggs)", "Jo Bloggs <jo@example.org>", "Jo Bloggs (jo@example.org)".
      int open = name.indexOf('(');
      int angle = name.indexOf('<');
      if (open >= 0 && name.endsWith(")")) {
        String inside = name.substring(open + 1, name.length() - 1).strip();
        name = inside.indexOf('@') < 0 ? inside : name.substring(0, open).strip();
      } else if (angle >= 0) {
        name = name.substring(0, angle).strip();
      }
    }
    return name.isEmpty() || name.indexOf('@') >= 0 ? null : name;
  }
}
