package dev.broadsheet.images;

import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Story;
import dev.broadsheet.fetch.Requester;
import dev.broadsheet.store.Article;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The images a digest's reports show, and on whose behalf each is downloaded. */
final class WantedImages {
  private WantedImages() {}

  /** An image some report shows: the first such article, whom a problem with it concerns, whom it is downloaded for. */
  record Wanted(Article article, String where, Requester requester) {}

  /**
   * Every image reference of the digest's reports, newest story first, each once, downloaded on
   * behalf of every source whose report shows it (any of them may reach its own address), of the
   * editor for the one a pick names itself ({@code image:}), and with nobody's allowance for one a
   * picked page names.
   */
  static Map<String, Wanted> of(Digest digest) {
    Map<String, Wanted> first = new LinkedHashMap<>();
    Map<String, Set<String>> sources = new java.util.HashMap<>();
    Set<String> editors = new java.util.HashSet<>();
    for (Story s : digest.stories()) {
      if (s.pick() != null && s.pick().image() != null) {
        editors.add(s.pick().image());
      }
      for (Story.Item i : s.reports()) {
        String ref = i.article().imageUrl();
        if (ref == null || ref.isBlank()) {
          continue;
        }
        if (i.article().sourceId() != null) {
          sources.computeIfAbsent(ref, k -> new TreeSet<>()).add(i.article().sourceId());
        }
        if (!first.containsKey(ref)) {
          // A file of the site folder is named by a pick: the problem is that pick's, where the editor fixes it.
          boolean picked = s.pick() != null && ref.equals(s.pick().image()) && !ImageSources.isWeb(ref);
          first.put(ref, new Wanted(i.article(), picked ? s.pick().file() : ref, null));
        }
      }
    }
    Map<String, Wanted> wanted = new LinkedHashMap<>();
    first.forEach((ref, w) -> wanted.put(ref, new Wanted(w.article(), w.where(),
        editors.contains(ref) ? Requester.EDITOR : Requester.sources(sources.getOrDefault(ref, Set.of())))));
    return wanted;
  }
}
