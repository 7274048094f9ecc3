package dev.broadsheet.config;

import java.time.Duration;

/**
 * How stories are grouped, ranked and kept.
 *
 * @param window the most time between a story's reports and a new report that joins it
 * @param joinThreshold TF-IDF cosine between an article and a story's centroid above which the article joins it
 * @param mergeThreshold TF-IDF cosine between two stories' centroids above which they are one story
 * @param halfLife how fast a story's rank decays with age
 * @param relatedCount how many related stories an article page shows
 * @param relatedDays how far back related stories are looked for
 * @param retentionDays how long the store keeps articles (0: forever); picked articles are always kept
 */
public record CurationConfig(
    Duration window,
    double joinThreshold,
    double mergeThreshold,
    Duration halfLife,
    int relatedCount,
    int relatedDays,
    int retentionDays) {

  public static CurationConfig defaults() {
    return new CurationConfig(Duration.ofHours(36), 0.4, 0.25, Duration.ofHours(24), 4, 7, 0);
  }
}
