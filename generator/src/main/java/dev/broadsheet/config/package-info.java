/**
 * Reading {@code broadsheet.yaml} into an immutable {@link dev.broadsheet.config.SiteConfig}.
 *
 * <p>Every error names the file, the line and the key, and all of a file's errors are reported
 * together. The raw records in this package mirror the YAML keys one to one; defaults live beside
 * the settings they belong to ({@code FetchConfig.defaults()}, {@code CurationConfig.defaults()},
 * {@code Permalinks.defaults()}). Depends on the base only.
 */
package dev.broadsheet.config;
