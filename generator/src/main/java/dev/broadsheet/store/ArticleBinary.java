package dev.broadsheet.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles in a compact binary form, for the build's own cache: what reading a day file's JSON
 * gives, without the JSON. Every component is written in the record's order; a text is kept as
 * Latin-1 bytes when it fits (copied straight into a string when read), else as UTF-8. Reading
 * goes through the records' constructors, so an article read here is equal to the one written.
 *
 * <p>Only ever read by the code that wrote it (the cache is stamped with the code), so the
 * format has no versions of its own; {@link #COMPONENTS} lists what it covers, and a test
 * fails when the records gain a component this form does not carry.
 */
final class ArticleBinary {
  /** The components written, per record, in order. */
  static final List<String> COMPONENTS = List.of("id", "url", "guid", "sourceId", "title", "publisher", "via",
      "section", "tags", "authors", "published", "updated", "firstSeen", "summaryHtml", "imageUrl", "page",
      "addressTitle", "language", "contentHtml", "alsoFrom", "publishedDayOnly", "media");
  static final List<String> PAGE_COMPONENTS = List.of("bodyHtml", "wordCount", "fetchedAt", "error", "canonicalUrl",
      "temporary", "notAsked");

  private static final byte NULL = 0;
  private static final byte LATIN1 = 1;
  private static final byte UTF8 = 2;

  private ArticleBinary() {}

  /** Writes {@code a} to {@code out}. */
  static void write(Article a, DataOutputStream out) throws IOException {
    text(a.id(), out);
    text(a.url(), out);
    text(a.guid(), out);
    text(a.sourceId(), out);
    text(a.title(), out);
    text(a.publisher(), out);
    text(a.via(), out);
    text(a.section(), out);
    texts(a.tags(), out);
    texts(a.authors(), out);
    time(a.published(), out);
    time(a.updated(), out);
    time(a.firstSeen(), out);
    text(a.summaryHtml(), out);
    text(a.imageUrl(), out);
    ArticlePage page = a.page();
    out.writeBoolean(page != null);
    if (page != null) {
      text(page.bodyHtml(), out);
      out.writeInt(page.wordCount());
      time(page.fetchedAt(), out);
      text(page.error(), out);
      text(page.canonicalUrl(), out);
      out.writeBoolean(page.temporary());
      out.writeBoolean(page.notAsked());
    }
    text(a.addressTitle(), out);
    text(a.language(), out);
    text(a.contentHtml(), out);
    texts(a.alsoFrom(), out);
    out.writeByte(a.publishedDayOnly() == null ? 0 : a.publishedDayOnly() ? 2 : 1);
    Media media = a.media();
    out.writeBoolean(media != null);
    if (media != null) {
      text(media.url(), out);
      text(media.type(), out);
      out.writeLong(media.length() == null ? 0 : media.length());
      out.writeInt(media.seconds() == null ? 0 : media.seconds());
    }
  }

  /**
   * The article at {@code in}'s position, which moves past it.
   *
   * @throws IllegalArgumentException when the bytes are not an article as {@link #write} writes one
   */
  static Article read(ByteBuffer in) {
    try {
      String id = text(in);
      String url = text(in);
      String guid = text(in);
      String sourceId = text(in);
      String title = text(in);
      String publisher = text(in);
      String via = text(in);
      String section = text(in);
      List<String> tags = texts(in);
      List<String> authors = texts(in);
      Instant published = time(in);
      Instant updated = time(in);
      Instant firstSeen = time(in);
      String summaryHtml = text(in);
      String imageUrl = text(in);
      ArticlePage page = in.get() == 0 ? null
          : new ArticlePage(text(in), in.getInt(), time(in), text(in), text(in), in.get() != 0,
              in.get() != 0);
      String addressTitle = text(in);
      String language = text(in);
      String contentHtml = text(in);
      List<String> alsoFrom = texts(in);
      byte dayOnly = in.get();
      Media media = in.get() == 0 ? null : new Media(text(in), text(in), in.getLong(), in.getInt());
      return new Article(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated,
          firstSeen, summaryHtml, imageUrl, page, addressTitle, language, contentHtml, alsoFrom,
          dayOnly == 0 ? null : dayOnly == 2, media);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | NullPointerException
        | java.time.DateTimeException e) {
      throw new IllegalArgumentException("not an article: " + e, e);
    }
  }

  static void text(String s, DataOutputStream out) throws IOException {
    if (s == null) {
      out.writeByte(NULL);
      return;
    }
    boolean latin1 = true;
    for (int i = 0; i < s.length() && latin1; i++) {
      latin1 = s.charAt(i) < 0x100;
    }
    byte[] bytes = s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    out.writeByte(latin1 ? LATIN1 : UTF8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String text(ByteBuffer in) {
    byte kind = in.get();
    if (kind == NULL) {
      return null;
    }
    if (kind != LATIN1 && kind != UTF8) {
      throw new IllegalArgumentException("unknown kind of text " + kind);
    }
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("a text of " + length + " bytes where " + in.remaining() + " are left");
    }
    String s = new String(in.array(), in.arrayOffset() + in.position(), length,
        kind == LATIN1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }

  private static void texts(List<String> list, DataOutputStream out) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      text(s, out);
    }
  }

  private static List<String> texts(ByteBuffer in) {
    int size = in.getInt();
    if (size < 0 || size > in.remaining()) {
      throw new IllegalArgumentException("a list of " + size + " texts where " + in.remaining() + " bytes are left");
    }
    List<String> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(text(in));
    }
    return list;
  }

  private static void time(Instant t, DataOutputStream out) throws IOException {
    out.writeBoolean(t != null);
    if (t != null) {
      out.writeLong(t.getEpochSecond());
      out.writeInt(t.getNano());
    }
  }

  private static Instant time(ByteBuffer in) {
    return in.get() == 0 ? null : Instant.ofEpochSecond(in.getLong(), in.getInt());
  }

  /** {@code articles} written one after another, for tests and callers that want bytes. */
  static byte[] bytes(List<Article> articles) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (Article a : articles) {
        write(a, out);
      }
    }
    return bytes.toByteArray();
  }
}
