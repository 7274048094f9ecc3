/**
 * Article extraction: from a news page to its clean body (sanitized HTML and plain text) and its
 * metadata. Pure Java on Jsoup; no per-site rules, only general signals: text and link density,
 * DOM structure, structured data, and boilerplate vocabulary in many languages.
 */
package dev.broadsheet.extract;
