package dev.broadsheet.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code stories.json} as text: {@code stories} maps each story id to its article ids (best first),
 * as version 1 did, so that an older Broadsheet still reads which story each article is in; version
 * 2 adds {@code settled}, each story's related stories, stories alike and digest, and the
 * {@code curation} key they were made under.
 */
final class StoriesFileJson {
  private static final int VERSION = 2;

  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  StoriesFileJson(ObjectMapper mapper, ObjectWriter writer) {
    this.mapper = mapper;
    this.writer = writer;
  }

  /**
   * The records in {@code file}, none if it is missing. Read as a tree and checked by hand: its
   * version decides what its values are, and a value of the wrong kind is named by its story.
   */
  StoryRecords read(Path file) {
    if (!Files.isRegularFile(file)) {
      return StoryRecords.none();
    }
    JsonNode root;
    try {
      root = mapper.readTree(DayFileReader.bytes(file));
    } catch (IOException e) {
      throw DayFileJson.unreadable(file, e);
    }
    if (root == null || root.isMissingNode()) {
      // Builds write the file whole or not at all: an empty one is a crash's or a merge's leftover,
      // and reading it as no records would regroup every story and move their pages without a word.
      throw invalid(file, "it is empty; delete it to group every story anew (story pages may move)");
    }
    if (root.isNull()) {
      return StoryRecords.none();
    }
    if (!root.isObject()) {
      throw invalid(file, "it is not a JSON object");
    }
    int version = root.path("version").asInt(1);
    if (version > VERSION) {
      throw new BroadsheetException(new Problem(file.toString(), "written by a newer Broadsheet (version " + version
          + " of the file; this one reads up to " + VERSION + "): build with that version, or restore the file from git"));
    }
    JsonNode stories = root.get("stories");
    if (stories == null || stories.isNull()) {
      return StoryRecords.none();
    }
    if (!stories.isObject()) {
      throw invalid(file, "\"stories\" is not an object of story ids");
    }
    JsonNode settled = root.get("settled");
    String curation = root.path("curation").isTextual() ? root.get("curation").asText() : null;
    // Only a file of this version's layout is trusted beyond membership (an object per story,
    // as one development version wrote, says which articles it holds and nothing more).
    boolean trusted = version == VERSION && curation != null && settled != null && settled.isObject();
    SortedMap<String, StoryRecords.Story> records = new TreeMap<>();
    boolean[] layout = {true};
    stories.fields().forEachRemaining(e -> {
      String id = e.getKey();
      JsonNode value = e.getValue();
      List<String> articles = value.isObject() ? ids(file, id, "articles", value.get("articles"))
          : ids(file, id, "articles", value);
      layout[0] &= !value.isObject();
      JsonNode more = trusted ? settled.get(id) : null;
      if (more != null && !more.isObject()) {
        throw invalid(file, "the settled record of story " + id + " is not an object");
      }
      records.put(id, new StoryRecords.Story(articles, more == null ? List.of() : ids(file, id, "related", more.get("related")),
          more == null ? List.of() : ids(file, id, "alike", more.get("alike")),
          more != null && more.path("digest").isTextual() ? more.get("digest").asText() : null));
    });
    return new StoryRecords(trusted && layout[0] ? curation : null, records);
  }

  private static List<String> ids(Path file, String story, String field, JsonNode list) {
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw invalid(file, "the " + field + " of story " + story + " is not a list of ids");
    }
    List<String> ids = new ArrayList<>(list.size());
    for (JsonNode id : list) {
      if (!id.isTextual()) {
        throw invalid(file, "the " + field + " of story " + story + " holds " + id + ", which is not an id");
      }
      ids.add(id.asText());
    }
    return ids;
  }

  private static BroadsheetException invalid(Path file, String what) {
    return new BroadsheetException(new Problem(file.toString(), "the store file is not valid: " + what
        + "; restore it from git (git checkout -- " + file + "), or fix it"));
  }

  /**
   * Writes the records; returns whether the file's bytes changed. Written field by field through
   * the store's pretty printer, as the object mapper would write them (fields and keys sorted, a
   * story's empty lists and digest left out of its settled record): the whole file is written by
   * every build (16 MB at 100,000 articles), and mapping records through the mapper was a second
   * of CPU.
   */
  boolean write(Path file, StoryRecords records) {
    // About 310 bytes a story (16 MB for 52,000 stories): sized once rather than doubled.
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(4096 + 320 * records.stories().size());
    try (JsonGenerator json = writer.createGenerator(bytes)) {
      json.writeStartObject();
      // The fields in alphabetical order, as the mapper sorts them.
      json.writeStringField("curation", records.key());
      json.writeFieldName("settled");
      if (records.key() == null) {
        json.writeNull();
      } else {
        json.writeStartObject();
        for (Map.Entry<String, StoryRecords.Story> e : records.stories().entrySet()) {
          StoryRecords.Story story = e.getValue();
          json.writeFieldName(e.getKey());
          json.writeStartObject();
          ids(json, "alike", story.alike());
          if (story.digest() != null && !story.digest().isEmpty()) {
            json.writeStringField("digest", story.digest());
          }
          ids(json, "related", story.related());
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeFieldName("stories");
      json.writeStartObject();
      for (Map.Entry<String, StoryRecords.Story> e : records.stories().entrySet()) {
        json.writeFieldName(e.getKey());
        list(json, e.getValue().articles());
      }
      json.writeEndObject();
      json.writeNumberField("version", VERSION);
      json.writeEndObject();
      json.flush();
      bytes.write('\n');
      return AtomicFiles.writeDurably(file, bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** A list field, left out when empty. */
  private static void ids(JsonGenerator json, String field, List<String> ids) throws IOException {
    if (!ids.isEmpty()) {
      json.writeFieldName(field);
      list(json, ids);
    }
  }

  private static void list(JsonGenerator json, List<String> ids) throws IOException {
    json.writeStartArray();
    for (String id : ids) {
      json.writeString(id);
    }
    json.writeEndArray();
  }
}
