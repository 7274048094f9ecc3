/**
 * The {@code broadsheet} command line: picocli commands that map their options onto the public API
 * in {@code dev.broadsheet} and print its results. Nothing here runs a stage itself.
 */
package dev.broadsheet.cli;
