package dev.broadsheet.picks;

/** The front-matter keys of a page file, as written. */
record RawPage(String title, String description, Boolean menu, Integer weight) {}
