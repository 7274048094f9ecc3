/**
 * The editors' own files: picks ({@code picks/*.md}) and plain pages ({@code pages/*.md}), front
 * matter and Markdown, each bad file a problem with its line, never a stop. Depends on config and
 * the base.
 */
package dev.broadsheet.picks;
