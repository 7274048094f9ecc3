package dev.broadsheet.store;

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
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code stories.json} as text. Version 1 held each story's article ids only; version 2 holds a
 * {@link StoryRecords.Story} per story and the key its records were made under. Both are read;
 * version 2 is written.
 */
final class StoriesFileJson {
  private static final int VERSION = 2;

  /** The file as written: {@code stories} maps each story id to its record. */
  record Written(int version, String curation, java.util.Map<String, StoryRecords.Story> stories) {}

  /** The file as read, before its version says what a story's value is. */
  private record Read(Integer version, String curation, SortedMap<String, JsonNode> stories) {}

  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  StoriesFileJson(ObjectMapper mapper, ObjectWriter writer) {
    this.mapper = mapper;
    this.writer = writer;
  }

  StoryRecords read(Path file) {
    if (!Files.isRegularFile(file)) {
      return StoryRecords.none();
    }
    Read read;
    try {
      read = mapper.readValue(DayFileReader.bytes(file), Read.class);
    } catch (IOException e) {
      throw DayFileJson.unreadable(file, e);
    }
    if (read == null || read.stories() == null) {
      return StoryRecords.none();
    }
    boolean settled = read.version() != null && read.version() >= VERSION && read.curation() != null;
    SortedMap<String, StoryRecords.Story> stories = new TreeMap<>();
    read.stories().forEach((id, value) -> stories.put(id, value.isArray()
        ? new StoryRecords.Story(ids(file, id, "articles", value), List.of(), List.of(), null)
        : story(file, id, value)));
    return new StoryRecords(settled ? read.curation() : null, stories);
  }

  private static StoryRecords.Story story(Path file, String id, JsonNode value) {
    if (!value.isObject()) {
      throw invalid(file, "story " + id + " is neither a list of article ids nor a record");
    }
    JsonNode digest = value.get("digest");
    return new StoryRecords.Story(ids(file, id, "articles", value.get("articles")),
        ids(file, id, "related", value.get("related")), ids(file, id, "alike", value.get("alike")),
        digest == null || !digest.isTextual() ? null : digest.asText());
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
        + "; fix it, restore it from git, or delete it (the next build groups the stories again)"));
  }

  /** Writes the records; returns whether the file's bytes changed. */
  boolean write(Path file, StoryRecords records) {
    try {
      byte[] body = writer.writeValueAsBytes(new Written(VERSION, records.key(), records.stories()));
      byte[] json = java.util.Arrays.copyOf(body, body.length + 1);
      json[body.length] = '\n';
      return AtomicFiles.writeDurably(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
