package dev.broadsheet.picks;

import java.util.List;

/** The front-matter keys of a pick file, as written. */
record RawPick(
    String url,
    String title,
    String section,
    @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = OneLineList.class) List<String> tags,
    String date,
    String updated,
    String edition,
    Boolean pin,
    Integer order,
    Boolean hide,
    String image,
    String imageAlt,
    String imageCredit,
    String publisher,
    @com.fasterxml.jackson.annotation.JsonAlias({"redirect_from", "redirectFrom"})
    @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = OneLineList.class) List<String> aliases,
    @com.fasterxml.jackson.annotation.JsonAlias("lang") String language) {}
