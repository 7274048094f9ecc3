package dev.broadsheet.feed;

import dev.broadsheet.base.Urls;
import dev.broadsheet.store.Media;
import java.util.List;
import org.jdom2.Element;

/**
 * The sound or video an RSS or Atom item is: its RSS enclosure, its Atom enclosure link, else its
 * Media RSS content of an audio or video type, with how long it plays (iTunes' duration, else the
 * media content's). Pictures are not: they are the item's image ({@link RawEntry#image}).
 */
final class EntryMedia {
  private EntryMedia() {}

  /** The item's sound or video, or null; addresses resolved against {@code base}, an Atom link's against its own. */
  static Media of(Element item, String base, String documentBase) {
    Integer seconds = seconds(text(RawEntry.first(item, "duration", FeedDocument.ITUNES)));
    for (Element enc : RawEntry.named(item, "enclosure", null)) {
      Media media = media(base, enc.getAttributeValue("url"), enc.getAttributeValue("type"),
          enc.getAttributeValue("length"), seconds);
      if (media != null) {
        return media;
      }
    }
    for (Element link : RawEntry.named(item, "link", null)) {
      if ("enclosure".equals(link.getAttributeValue("rel"))) {
        Media media = media(RawEntry.baseOf(link, documentBase), link.getAttributeValue("href"),
            link.getAttributeValue("type"), link.getAttributeValue("length"), seconds);
        if (media != null) {
          return media;
        }
      }
    }
    // Media RSS: the item's own contents, then those of its groups (renditions of one video).
    List<Element> contents = new java.util.ArrayList<>(RawEntry.named(item, "content", null));
    for (Element group : RawEntry.named(item, "group", null)) {
      contents.addAll(RawEntry.named(group, "content", null));
    }
    for (Element content : contents) {
      String medium = content.getAttributeValue("medium", "");
      String type = content.getAttributeValue("type");
      if (("audio".equals(medium) || "video".equals(medium)) && !Media.playable(type)) {
        // A stream's playlist (application/x-mpegURL) or no type: the medium says what it is.
        type = medium + "/*";
      }
      Media media = media(base, content.getAttributeValue("url"), type, content.getAttributeValue("fileSize"),
          seconds != null ? seconds : seconds(content.getAttributeValue("duration")));
      if (media != null) {
        return media;
      }
    }
    return null;
  }

  private static Media media(String base, String url, String type, String length, Integer seconds) {
    if (!Media.playable(type)) {
      return null;
    }
    String address = Urls.resolve(base, url == null ? null : url.strip());
    if (address == null) {
      return null;
    }
    return new Media(address, type, number(length), seconds);
  }

  private static String text(Element e) {
    return e == null ? null : e.getTextTrim();
  }

  private static Long number(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "3125", "52:05" or "1:02:05" as seconds; null for anything else. */
  static Integer seconds(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] parts = text.strip().split(":");
    if (parts.length > 3) {
      return null;
    }
    long total = 0;
    for (String part : parts) {
      String p = part.strip();
      // A fraction of a second ("3125.5") is no part of how long it plays.
      int dot = p.indexOf('.');
      p = dot >= 0 && part == parts[parts.length - 1] ? p.substring(0, dot) : p;
      if (p.isEmpty() || p.length() > 7 || !p.chars().allMatch(Character::isDigit)) {
        return null;
      }
      total = total * 60 + Long.parseLong(p);
    }
    return total <= 0 || total > Integer.MAX_VALUE ? null : (int) total;
  }
}
