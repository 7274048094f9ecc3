package dev.broadsheet.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.broadsheet.base.XmlText;
import java.util.Locale;
import java.util.Objects;

/**
 * The sound or video an item is, as its feed gives it (an RSS enclosure, an Atom enclosure link, a
 * JSON Feed attachment): a podcast's episode, a video. Pages link it; the site's own feeds carry it.
 *
 * @param url the file's absolute address
 * @param type its MIME type, lower case ({@code audio/mpeg}; {@code video/*} for a video its feed
 *     gives no file type of, such as a stream), when given
 * @param length its size in bytes, when given
 * @param seconds how long it plays, when given (iTunes' duration)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Media(String url, String type, Long length, Integer seconds) {
  public Media {
    url = Objects.requireNonNull(XmlText.clean(url), "url");
    type = type == null || type.isBlank() ? null : XmlText.clean(type.strip().toLowerCase(Locale.ROOT));
    length = length == null || length <= 0 ? null : length;
    seconds = seconds == null || seconds <= 0 ? null : seconds;
  }

  /** The MIME type a feed gives it: its own, else the most common of its kind. */
  public String typeOrGuess() {
    return type != null && !type.endsWith("/*") ? type : video() ? "video/mp4" : "audio/mpeg";
  }

  /** Whether it is a video (else a sound). */
  public boolean video() {
    return type != null && type.startsWith("video/");
  }

  /** Whether a MIME type (may be null) is a sound's or a video's. */
  public static boolean playable(String type) {
    String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("audio/") || t.startsWith("video/");
  }
}
