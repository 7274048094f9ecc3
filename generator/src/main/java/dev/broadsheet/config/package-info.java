/**
 * Reading {@code broadsheet.yaml} into an immutable {@link dev.broadsheet.config.SiteConfig}.
 *
 * <p>Every error names the file, the line and the key. The raw records in this package mirror the
 * YAML keys one to one; {@link dev.broadsheet.config.ConfigKeys} describes them for the docs.
 */
package dev.broadsheet.config;
