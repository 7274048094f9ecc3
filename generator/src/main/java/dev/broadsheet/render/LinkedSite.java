package dev.broadsheet.render;

import dev.broadsheet.base.Slugs;
import dev.broadsheet.base.Urls;

/**
 * Whose site an article's link opens, for "Read the full story at ...". An article a syndicator
 * carried ({@code via}) may link to the syndicator's copy or to the original: the name the link's
 * host spells is the one named, and when the host spells neither, the host itself is, so that a
 * reader is never told one site and sent to another.
 */
final class LinkedSite {
  /** The shortest part of a host taken to spell a name: shorter ones ("co", "tv") spell too many. */
  private static final int SHORTEST_LABEL = 3;

  private LinkedSite() {}

  /**
   * The name for the site {@code url} opens: {@code publisher} (null when unknown) for an article
   * no syndicator carried; else {@code via} or {@code publisher}, whichever the host spells more of
   * (the syndicator when both equally, as its feed carried the link), else the host without "www.".
   * {@code publisher} when the link has no host.
   */
  static String of(String url, String publisher, String via) {
    if (via == null || url == null) {
      return publisher;
    }
    String host = Urls.host(url);
    if (host.equals(url)) {
      // No host to tell the sites apart by.
      return publisher;
    }
    int byVia = spelled(host, via);
    int byPublisher = spelled(host, publisher);
    if (byVia == 0 && byPublisher == 0) {
      return host.startsWith("www.") ? host.substring(4) : host;
    }
    return byVia >= byPublisher ? via : publisher;
  }

  /**
   * How much of {@code host} spells {@code name}: the length of the name's letters when the host
   * (but its last label) holds them all ("bbcnews" in "bbcnews.example"), else of the longest label
   * the name holds ("coastline-news" in "Coastline News Service"); 0 for none.
   */
  static int spelled(String host, String name) {
    String key = name == null ? "" : lettersOf(name);
    if (key.length() < SHORTEST_LABEL) {
      // "AP" is in "japantimes" and "newspaper": too short to tell.
      return 0;
    }
    String[] labels = host.split("\\.");
    StringBuilder joined = new StringBuilder();
    int longest = 0;
    for (int i = 0; i < labels.length - 1; i++) {
      String label = lettersOf(labels[i]);
      joined.append(label);
      if (label.length() >= SHORTEST_LABEL && key.contains(label)) {
        longest = Math.max(longest, label.length());
      }
    }
    return joined.indexOf(key) >= 0 ? Math.max(key.length(), longest) : longest;
  }

  /** Folded letters and digits only: "The Coastline-News" is "thecoastlinenews". */
  private static String lettersOf(String text) {
    String folded = Slugs.fold(text);
    StringBuilder letters = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters.append(c);
      }
    }
    return letters.toString();
  }
}
