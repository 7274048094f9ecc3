/**
 * Writing rendered files to the output folder atomically (a staged copy switched in by rename),
 * leaving unchanged files alone, the {@code static/} folder, the up-to-date shortcut, and the
 * preview server. Depends on render and everything before it.
 */
package dev.broadsheet.publish;
