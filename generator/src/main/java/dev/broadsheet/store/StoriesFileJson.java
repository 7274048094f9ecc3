package dev.broadsheet.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** The file. */
  record File(Integer version, String curation, SortedMap<String, List<String>> stories,
      SortedMap<String, Settled> settled) {}

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
    File read;
    try {
      read = mapper.readValue(DayFileReader.bytes(file), File.class);
    } catch (IOException e) {
      throw DayFileJson.unreadable(file, e);
    }
    if (read == null || read.stories() == null) {
      return StoryRecords.none();
    }
    if (read.version() != null && read.version() > VERSION) {
      throw new BroadsheetException(new Problem(file.toString(), "written by a newer Broadsheet (version "
          + read.version() + " of the file; this one reads up to " + VERSION + "): build with that version, or restore"
          + " the file from git"));
    }
    boolean settled = read.version() != null && read.version() == VERSION && read.curation() != null
        && read.settled() != null;
    SortedMap<String, StoryRecords.Story> stories = new TreeMap<>();
    read.stories().forEach((id, articles) -> {
      Settled more = settled ? read.settled().get(id) : null;
      stories.put(id, new StoryRecords.Story(articles == null ? List.of() : articles,
          more == null ? List.of() : more.related(), more == null ? List.of() : more.alike(),
          more == null ? null : more.digest()));
    });
    return new StoryRecords(settled ? read.curation() : null, stories);
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
