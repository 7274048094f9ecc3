package dev.broadsheet.curate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each story, the k other stories whose lead articles are most alike (TF-IDF cosine), from
 * the days around it; never itself, never an article of its own story.
 */
final class RelatedStories {
  private static final double MINIMUM = 0.08;

  private RelatedStories() {}

  static Map<String, List<String>> find(List<Story> stories, StoryClusterer.Model model, int k, int days) {
    Map<String, Integer> indexOfArticle = new HashMap<>();
    for (int i = 0; i < model.articles().size(); i++) {
      indexOfArticle.put(model.articles().get(i).id(), i);
    }
    Map<String, String> storyOfArticle = new HashMap<>();
    Map<String, Story> byId = new HashMap<>();
    for (Story s : stories) {
      byId.put(s.id(), s);
      storyOfArticle.put(s.lead().article().id(), s.id());
      s.alsoReportedBy().forEach(i -> storyOfArticle.put(i.article().id(), s.id()));
    }
    Duration window = Duration.ofDays(days);
    Map<String, List<String>> related = new HashMap<>();
    for (Story s : stories) {
      Integer i = indexOfArticle.get(s.lead().article().id());
      if (i == null || k == 0) {
        related.put(s.id(), List.of());
        continue;
      }
      record Match(String story, double similarity) {}
      Map<String, Match> best = new HashMap<>();
      for (int j : StoryClusterer.candidates(i, model.features(), model.postings())) {
        String other = storyOfArticle.get(model.articles().get(j).id());
        if (other == null || other.equals(s.id()) || byId.get(other).time() == null || s.time() == null
            || Duration.between(s.time(), byId.get(other).time()).abs().compareTo(window) > 0) {
          continue;
        }
        double sim = StoryClusterer.cosine(model.vectors().get(i), model.vectors().get(j));
        if (sim >= MINIMUM && (!best.containsKey(other) || best.get(other).similarity() < sim)) {
          best.put(other, new Match(other, sim));
        }
      }
      List<Match> ranked = new ArrayList<>(best.values());
      ranked.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::story));
      // Two stories under one headline (a copy carried again days later) would read as a repeat.
      java.util.Set<String> headlines = new java.util.HashSet<>();
      headlines.add(TextFeatures.fold(s.lead().article().title()));
      List<String> chosen = new ArrayList<>();
      for (Match m : ranked) {
        if (chosen.size() < k && headlines.add(TextFeatures.fold(byId.get(m.story()).lead().article().title()))) {
          chosen.add(m.story());
        }
      }
      related.put(s.id(), chosen);
    }
    return related;
  }
}
