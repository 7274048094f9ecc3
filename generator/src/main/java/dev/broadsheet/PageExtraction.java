package dev.broadsheet;

import dev.broadsheet.extract.Extraction;

/**
 * What {@code broadsheet extract} found in one page.
 *
 * @param input the file or URL read
 * @param extraction the article text and metadata, or null when the page could not be read
 * @param error why the page could not be read, or null
 */
public record PageExtraction(String input, Extraction extraction, String error) {}
