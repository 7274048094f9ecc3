/**
 * Reading feeds (RSS, Atom, RDF, JSON Feed) from bytes into {@link dev.broadsheet.store.Article}s:
 * charset detection, repair of common breakage, a bounded window of the newest items, and a report
 * of what was read for {@code broadsheet feed}. Depends on fetch, store, config and the base.
 */
package dev.broadsheet.feed;
