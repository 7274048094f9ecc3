package dev.broadsheet.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/**
 * The keys of {@code broadsheet.yaml} exactly as written; {@code null} means "not given". Jackson
 * maps the YAML onto these records and rejects any key they do not name.
 */
record RawConfig(String title, String baseUrl, String language, String timezone, String description, String output,
    Integer pageSize, Integer teaserLength, Boolean relativeLinks,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<RawSource> sources,
    RawEditions editions, RawPermalinks permalinks, RawFetch fetch, RawCuration curation, RawImages images,
    java.util.LinkedHashMap<String, String> feedAliases) {

  record RawSource(String opml, String id, String name, String url, String publisher, String via, String section,
      List<String> tags, Double weight, Integer maxItems, Boolean fullText, String timezone,
      Boolean allowPrivateAddress, Boolean paywall, String language, Boolean categories) {}

  record RawEditions(String period, Integer maxStories, Integer topStories, List<String> sections,
      Integer maxPerSection, Integer maxPerSource, String defaultSection) {}

  record RawCuration(Integer windowHours, Double joinThreshold, Double mergeThreshold, Integer halfLifeHours,
      Integer related, Integer relatedDays, Integer retentionDays) {}

  record RawImages(Boolean enabled, List<Integer> widths, Long maxBytes, Long maxPixels,
      Integer maxDownloadsPerBuild) {}

  record RawPermalinks(String article, String edition, String section, String source, String page) {}

  record RawFetch(String userAgent, Integer connectTimeoutSeconds, Integer timeoutSeconds, Long maxBytes,
      Integer concurrency, Integer perHost, Integer retries, Integer maxRetryAfterSeconds,
      Boolean allowPrivateAddresses, Integer maxPagesPerBuild, Integer maxFailedSourcesPercent) {}
}
