package dev.broadsheet.curate;

import dev.broadsheet.store.Article;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headlines as stories, not as brands: many feeds end every headline with their name
 * ("… - The Daily Times", "… | Sports"). A trailing segment that at least three of one source's
 * headlines share is branding, and two stories must not look alike because of it.
 */
final class Headlines {
  private static final Pattern SUFFIX = Pattern.compile("^(.{12,}?)\\s+[-–—|:]\\s+([^-–—|:]{2,60})$");

  private Headlines() {}

  /** For each source (or publisher), the trailing segments that at least three of its headlines share. */
  static Map<String, Set<String>> brandingSuffixes(Collection<Article> articles) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Article a : articles) {
      Matcher m = SUFFIX.matcher(a.title() == null ? "" : a.title().strip());
      if (m.matches()) {
        counts.computeIfAbsent(owner(a), k -> new HashMap<>()).merge(m.group(2).strip(), 1, Integer::sum);
      }
    }
    Map<String, Set<String>> branding = new HashMap<>();
    counts.forEach((owner, suffixes) -> suffixes.forEach((suffix, count) -> {
      if (count >= 3) {
        branding.computeIfAbsent(owner, k -> new HashSet<>()).add(suffix);
      }
    }));
    return branding;
  }

  /** The headline without its source's branding suffix. */
  static String withoutBranding(Article a, Map<String, Set<String>> branding) {
    String title = a.title() == null ? "" : a.title().strip();
    Set<String> suffixes = branding.get(owner(a));
    if (suffixes == null) {
      return title;
    }
    Matcher m = SUFFIX.matcher(title);
    return m.matches() && suffixes.contains(m.group(2).strip()) ? m.group(1) : title;
  }

  private static String owner(Article a) {
    return a.sourceId() != null ? "source:" + a.sourceId() : "publisher:" + a.publisher();
  }
}
