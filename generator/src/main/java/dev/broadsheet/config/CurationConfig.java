package dev.broadsheet.config;

import java.time.Duration;

/**
 * How stories are grouped, ranked and kept.
 *
 * @param window the most time between two reports of one story
 * @param duplicateThreshold resemblance of headline and lead word pairs above which two articles are copies
 * @param similarityThreshold TF-IDF cosine above which two articles naming one shared entity are one story
 * @param coverageThreshold TF-IDF cosine above which two articles naming two shared entities are one story
 * @param halfLife how fast a story's rank decays with age
 * @param relatedCount how many related stories an article page shows
 * @param relatedDays how far back related stories are looked for
 * @param retentionDays how long the store keeps articles (0: forever); picked articles are always kept
 */
public record CurationConfig(
    Duration window,
    double duplicateThreshold,
    double similarityThreshold,
    double coverageThreshold,
    Duration halfLife,
    int relatedCount,
    int relatedDays,
    int retentionDays) {

  public static CurationConfig defaults() {
    return new CurationConfig(Duration.ofHours(36), 0.5, 0.5, 0.3, Duration.ofHours(24), 4, 7, 0);
  }
}
