/**
 * The images stage, between curate and render: the lead image of each story in the digest is
 * taken from the site's cache, from a file in the site folder (a pick's {@code image:}) or, online,
 * downloaded through {@link dev.broadsheet.fetch.HttpFetcher} (address check on every hop, size
 * cap, deadline); decoded only after its header shows a sane size; resized to the configured widths
 * and re-encoded with deterministic bytes. The result is an {@link dev.broadsheet.images.ImageCatalog}
 * that render reads and whose files publish copies into the site, so a reader's browser loads
 * images from the site and nowhere else.
 *
 * <p>Depends on base, config, fetch, store and curate; only render and the entry point depend on it.
 */
package dev.broadsheet.images;
