/**
 * The Maven goals: thin Mojos that map their parameters onto the public API in {@code
 * dev.broadsheet} and turn its problems into Maven failures.
 */
package dev.broadsheet.maven;
