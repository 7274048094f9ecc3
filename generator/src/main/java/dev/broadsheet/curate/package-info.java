/**
 * From the store and the picks to a {@link dev.broadsheet.curate.Digest}: stories clustered from
 * articles, ranked, related, cut into editions, with picks applied. A pure function of its inputs
 * and the clock. Depends on picks, store, config and the base.
 */
package dev.broadsheet.curate;
