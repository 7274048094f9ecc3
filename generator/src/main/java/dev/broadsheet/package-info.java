/**
 * The entry point: {@link dev.broadsheet.Broadsheet} and the options and results it takes and
 * gives. Every command (build, check, serve, stories, feed, extract, new pick) runs the stages
 * from here, with the same settings. The CLI and the Maven plugin use this package, the base, and
 * the types its signatures name; nothing else.
 */
package dev.broadsheet;
