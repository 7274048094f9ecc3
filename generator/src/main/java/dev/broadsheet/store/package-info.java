/**
 * The article store in {@code data/}: the {@link dev.broadsheet.store.Article} record every stage
 * after it reads or fills, per-source state, story ids, and the site lock that keeps two builds
 * apart. Writes are atomic; reading repairs what older versions left. Depends on config and the
 * base.
 */
package dev.broadsheet.store;
