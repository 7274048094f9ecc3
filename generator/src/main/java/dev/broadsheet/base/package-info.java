/**
 * The base every stage may use: problems and the exception that carries them, and helpers for
 * text, HTML, web addresses, dates, slugs, atomic file writes and work run in parallel.
 *
 * <p>This package depends on no other Broadsheet package. It holds only what two or more stages
 * need; anything owned by one stage lives in that stage.
 */
package dev.broadsheet.base;
