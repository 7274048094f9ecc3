package dev.broadsheet.curate;

import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.base.Slugs;
import dev.broadsheet.store.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What makes two reports' headlines one, as grouping tells copies apart: what {@link
 * EditionEntries} compares when a story is told in several editions, so that a copy in a later
 * edition is not new reporting.
 */
final class HeadlineKeys {
  private final Function<Article, String> languageOf;
  private final LeadingTexts leads;
  private final ArticleAnalyses analyses;
  private final Function<Instant, LocalDate> editionOf;

  HeadlineKeys(Function<Article, String> languageOf, LeadingTexts leads, ArticleAnalyses analyses,
      Function<Instant, LocalDate> editionOf) {
    this.languageOf = languageOf;
    this.leads = leads;
    this.analyses = analyses;
    this.editionOf = editionOf;
  }

  /**
   * The key of every article an edition entry compares: the modelled ones', and those of the
   * {@code settled} stories told in several editions, analysed as the model analyses them.
   */
  Map<String, String> of(StoryModel model, List<List<Article>> settled, Map<String, Set<String>> branding) {
    Map<String, String> keys = new HashMap<>();
    for (int i = 0; i < model.size(); i++) {
      keys.put(model.get(i).article().id(), shown(model.get(i).article(), model.get(i).headlineKey()));
    }
    List<Article> outside = new ArrayList<>();
    for (List<Article> group : settled) {
      if (group.size() > 1 && inSeveralEditions(group)) {
        group.stream().filter(a -> !keys.containsKey(a.id())).forEach(outside::add);
      }
    }
    List<ArticleAnalyses.Analysed> analysed = StoryModel.analyse(outside, languageOf, leads, analyses, branding);
    for (int i = 0; i < outside.size(); i++) {
      keys.put(outside.get(i).id(), shown(outside.get(i), StoryModel.headlineKey(analysed.get(i).text())));
    }
    return keys;
  }

  /**
   * Whether the dated reports of {@code group} fall in more than one edition: whether its first
   * and last do, as an edition follows from a time in order (every settled story, every build).
   */
  private boolean inSeveralEditions(List<Article> group) {
    Instant first = null;
    Instant last = null;
    for (Article a : group) {
      Instant time = a.effectiveTime();
      if (time != null) {
        first = first == null || time.isBefore(first) ? time : first;
        last = last == null || time.isAfter(last) ? time : last;
      }
    }
    return first != null && !editionOf.apply(first).equals(editionOf.apply(last));
  }

  /** A headline too short to key by its terms is told by its folded text. */
  private static String shown(Article a, String key) {
    return key.isEmpty() ? "\u0000" + Slugs.fold(a.title() == null ? a.id() : a.title()).strip() : key;
  }
}
