/**
 * From a digest to the site's files, in memory: Freemarker pages over typed views, the site's
 * own feeds, sitemap and search index, and localised labels. Never touches the output folder.
 * Depends on curate, picks, store, config and the base.
 */
package dev.broadsheet.render;
