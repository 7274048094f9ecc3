/**
 * The only package that touches the network: HTTP with per-host limits, one deadline per URL,
 * retries, conditional requests, and an address policy checked before every connection and
 * every redirect hop. Depends on config, store (per-source state) and the base.
 */
package dev.broadsheet.fetch;
