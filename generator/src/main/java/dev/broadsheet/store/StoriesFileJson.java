package dev.broadsheet.store;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * {@code stories.json} as text: {@code stories} maps each story id to its article ids (best first),
 * as version 1 did, so that an older Broadsheet still reads which story each article is in; version
 * 2 adds {@code settled}, each story's related stories, stories alike and digest, and the
 * {@code curation} key they were made under.
 */
final class StoriesFileJson {
  private static final int VERSION = 2;

  /** What a story's record holds besides its articles; empty lists are left out. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Settled(List<String> related, List<String> alike, String digest) {}

  /** The file as written. */
  record File(int version, String curation, SortedMap<String, List<String>> stories,
      SortedMap<String, Settled> settled) {}

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
    if (root == null || root.isMissingNode() || root.isNull()) {
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

  /** Writes the records; returns whether the file's bytes changed. */
  boolean write(Path file, StoryRecords records) {
    SortedMap<String, List<String>> stories = new TreeMap<>();
    SortedMap<String, Settled> settled = new TreeMap<>();
    records.stories().forEach((id, story) -> {
      stories.put(id, story.articles());
      settled.put(id, new Settled(story.related(), story.alike(), story.digest()));
    });
    try {
      byte[] body = writer.writeValueAsBytes(new File(VERSION, records.key(), stories, records.key() == null ? null
          : settled));
      byte[] json = java.util.Arrays.copyOf(body, body.length + 1);
      json[body.length] = '\n';
      return AtomicFiles.writeDurably(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
