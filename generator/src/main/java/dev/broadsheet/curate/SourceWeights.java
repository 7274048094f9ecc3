package dev.broadsheet.curate;

import dev.broadsheet.store.Article;

/** How much an article's source counts when ranking and when choosing a story's representative. */
@FunctionalInterface
interface SourceWeights {
  double of(Article a);
}
