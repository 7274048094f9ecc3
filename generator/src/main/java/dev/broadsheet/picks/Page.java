package dev.broadsheet.picks;

/**
 * A plain page such as "About".
 *
 * @param slug the file name without {@code .md}
 * @param title the page title
 * @param description one line about it, for search engines and link previews
 * @param menu whether it is listed in the site navigation
 * @param weight its place in the navigation (lower first)
 * @param html the body, rendered from Markdown
 */
public record Page(String slug, String title, String description, boolean menu, int weight, String html) {}
