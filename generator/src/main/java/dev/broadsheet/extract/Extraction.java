package dev.broadsheet.extract;

import dev.broadsheet.base.XmlRecords;
import java.time.Instant;
import java.util.List;

/**
 * What was extracted from one article page. Fields the page did not give are null or empty; as
 * {@link ArticleExtractor} returns it, no field holds a character that XML cannot carry
 * ({@link XmlRecords}).
 *
 * @param url the page URL (or the file read)
 * @param canonicalUrl the page's canonical URL
 * @param title the headline
 * @param authors the authors' names
 * @param published publication time
 * @param modified last modification time
 * @param siteName the publisher or site name
 * @param section the section the page belongs to
 * @param tags keywords and tags
 * @param image the lead image, absolute
 * @param description the page's own summary
 * @param language the page language (BCP 47)
 * @param bodyHtml the article body, sanitized HTML
 * @param bodyText the article body as text, one paragraph per line
 * @param wordCount words in the body
 * @param readingMinutes estimated reading time, at least 1
 */
public record Extraction(
    String url,
    String canonicalUrl,
    String title,
    List<String> authors,
    Instant published,
    Instant modified,
    String siteName,
    String section,
    List<String> tags,
    String image,
    String description,
    String language,
    String bodyHtml,
    String bodyText,
    int wordCount,
    int readingMinutes) {}
