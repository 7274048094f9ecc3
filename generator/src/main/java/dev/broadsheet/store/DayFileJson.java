package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.base.StreamHash;
import dev.broadsheet.base.ConflictMarkers;
import dev.broadsheet.base.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A day file's JSON text, read and written with the digest of each article's own text (from its
 * opening to its closing brace): what later stages tell changed articles by.
 */
final class DayFileJson {
  /** Jackson's note on where a parse began, inside its messages: "[Source: REDACTED …; line: 1, column: 2]". */
  private static final Pattern SOURCE_NOTE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

  /**
   * One day file as read: its articles and whether its bytes are as this version writes them, or
   * why it could not be read.
   */
  record Day(List<Article> articles, List<byte[]> digests, boolean asWritten, BroadsheetException broken,
      List<String> unknownFields) {
    Day(List<Article> articles, List<byte[]> digests, boolean asWritten, BroadsheetException broken) {
      this(articles, digests, asWritten, broken, List.of());
    }
  }

  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  /** Day files as {@code mapper} reads them and {@code writer} (the store's pretty printer) writes them. */
  DayFileJson(ObjectMapper mapper, ObjectWriter writer) {
    this.mapper = mapper;
    this.writer = writer;
  }

  /**
   * A day file's articles, each with the digest of its own text, read in one pass; the digests
   * and whether the bytes are as written are taken from {@code known} (may be null) when it
   * has one digest per article.
   */
  Day read(Path file, byte[] json, DayFileRecord.Known known) {
    List<Article> articles = new ArrayList<>();
    List<long[]> spans = new ArrayList<>();
    // Fields a newer version wrote are skipped, and named: saving this day again drops them.
    java.util.Set<String> unknown = new java.util.TreeSet<>();
    com.fasterxml.jackson.databind.ObjectReader reader = mapper.readerFor(Article.class).withHandler(
        new com.fasterxml.jackson.databind.deser.DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(com.fasterxml.jackson.databind.DeserializationContext context,
              JsonParser p, com.fasterxml.jackson.databind.JsonDeserializer<?> deserializer, Object bean, String name)
              throws IOException {
            unknown.add(name);
            p.skipChildren();
            return true;
          }
        });
    try (JsonParser parser = mapper.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw MismatchedInputException.from(parser, List.class, "a day file holds a list of articles");
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        long start = parser.currentTokenLocation().getByteOffset();
        articles.add(reader.<Article>readValue(parser).withCleanTexts());
        spans.add(new long[] {start, parser.currentLocation().getByteOffset()});
      }
      if (parser.nextToken() != null) {
        throw MismatchedInputException.from(parser, List.class, "nothing may follow the list of articles");
      }
      if (known != null && known.digests().size() == articles.size()) {
        return new Day(articles, known.digests(), known.asWritten(), null, List.copyOf(unknown));
      }
      // A file in UTF-16 or UTF-32 (written by hand or another tool) is read through characters,
      // without byte offsets: its articles have no digest, and saving rewrites it in UTF-8.
      boolean offsets = spans.stream().allMatch(span -> span[0] >= 0 && span[1] > span[0]);
      List<byte[]> digests = new ArrayList<>();
      spans.forEach(span -> digests.add(offsets ? digest(json, (int) span[0], (int) span[1]) : null));
      return new Day(articles, digests, offsets && !hasEscapedCharacter(json), null, List.copyOf(unknown));
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * A day file's bytes, as the store writes any file (pretty, with a final line break), with the
   * digest of each article's text (as {@link #read} finds it) added to {@code digests}: written
   * element by element into one generator, so no second pass reads the text back.
   */
  byte[] write(List<Article> day, List<byte[]> digests) throws IOException {
    Buffer bytes = new Buffer(day.size() * 8192);
    try (JsonGenerator out = writer.createGenerator(bytes)) {
      out.writeStartArray();
      for (Article a : day) {
        // Every article the store takes passes here: one whose long texts were not cleaned where
        // they entered (Article) fails the tests, which run with assertions on.
        assert a.hasCleanTexts() : "an article whose long texts were not cleaned where they entered: " + a.id();
        out.flush();
        int start = bytes.size();
        // Through the mapper, which keeps the generator's printer (and its indentation inside the array).
        mapper.writeValue(out, a);
        out.flush();
        // What came before the brace is the separator and indentation the array wrote.
        while (bytes.at(start) != '{') {
          start++;
        }
        digests.add(bytes.digest(start));
      }
      out.writeEndArray();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /** Bytes written so far, readable in place. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer(int size) {
      super(size);
    }

    byte at(int i) {
      return buf[i];
    }

    /** The digest of the bytes from {@code start} to the end so far. */
    byte[] digest(int start) {
      return DayFileJson.digest(buf, start, count);
    }
  }

  /**
   * The digest a day file's bytes are known by: the key its snapshot is found under ({@link
   * DaySnapshots}), asked of every day file a build writes, and of every one it reads in a state
   * it has no record of (all of them in a fresh checkout, as CI builds). {@link StreamHash}, not
   * MD5: under the quick compiler the CLI runs with, the JDK's MD5 reads its input through
   * unoptimised VarHandles, and digesting every day file written was a twentieth of a first build
   * (10,000 full-text articles). Not collision-resistant, and need not be: its articles' own
   * digests, which page fingerprints rest on, stay MD5. A snapshot is found only under its own
   * day file's name and holds what the store itself last parsed there, so the most that bytes
   * made to hash as an older snapshot's could do (whoever made them would need every byte of both
   * versions) is bring back that day's articles as they were.
   */
  static byte[] fileDigest(byte[] bytes) {
    return new StreamHash().bytes(bytes).digest();
  }

  private static byte[] digest(byte[] json, int start, int end) {
    MessageDigest md5 = ChangeDigests.start();
    md5.update(json, start, end - start);
    return md5.digest();
  }

  private static boolean hasEscapedCharacter(byte[] json) {
    for (int i = 0; i + 1 < json.length; i++) {
      if (json[i] == '\\' && json[i + 1] == 'u') {
        return true;
      }
    }
    return false;
  }

  /**
   * What is wrong with the JSON, in the file's terms: the parser's message without its notes on
   * where its source was ("[Source: REDACTED …; line: 1, column: 2]" becomes "line 1, column 2"),
   * and a value of the wrong kind named by where it is in the file, not by the class it was meant for.
   */
  static String plainMessage(JsonProcessingException e) {
    // Jackson's own words for a mismatch name the class the value was meant for: said in the file's terms.
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    boolean wrongKind = message.startsWith("Cannot deserialize");
    if (e instanceof JsonMappingException m && (wrongKind || message.startsWith("Cannot construct"))) {
      StringBuilder where = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          where.append(where.length() == 0 ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          where.append('[').append(r.getIndex()).append(']');
        }
      }
      // A record refusing its values says why in its own exception (a missing id: "id").
      String why = wrongKind || m.getCause() == null || m.getCause().getMessage() == null ? ""
          : " (missing or not valid: " + m.getCause().getMessage() + ")";
      return (wrongKind ? "a value of the wrong kind " : "a value that cannot be used ")
          + (where.length() == 0 ? "at the top" : "at " + where) + why;
    }
    return message.isEmpty() ? "not readable JSON" : SOURCE_NOTE.matcher(message).replaceAll("line $1, column $2");
  }

  /** Whether the file holds a line git writes where a merge conflicted. */
  private static boolean mergeConflict(Path file) {
    try {
      return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).lines()
          .anyMatch(l -> l.startsWith("<<<<<<< ") || l.equals("<<<<<<<"));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** {@code text} as one word for a shell: quoted when it holds anything but plain path characters. */
  private static String shellWord(String text) {
    return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  /** The problem a store file that cannot be read is reported as, with its line when the JSON is at fault. */
  static BroadsheetException unreadable(Path file, IOException failure) {
    if (failure instanceof JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      if (mergeConflict(file)) {
        return new BroadsheetException(Problem.at(file.toString(), line, "the store file is not valid: "
            + ConflictMarkers.advice(shellWord(file.toString()))), e);
      }
      return new BroadsheetException(Problem.at(file.toString(), line, "the store file is not valid: " + plainMessage(e)
          + "; fix it, or restore it from git if git keeps it (git checkout -- " + shellWord(file.toString()) + ")"), e);
    }
    return new BroadsheetException(new Problem(file.toString(), "cannot read: " + failure.getMessage()), failure);
  }
}
