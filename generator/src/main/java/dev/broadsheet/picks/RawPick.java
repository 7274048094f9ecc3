package dev.broadsheet.picks;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/** The front-matter keys of a pick file, as written. */
record RawPick(
    String url,
    String title,
    String section,
    // One tag may be written without a list: "tags: Łódź".
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tags,
    String date,
    String edition,
    Boolean pin,
    Integer order,
    Boolean hide,
    String image,
    String imageAlt,
    String imageCredit,
    String publisher) {}
