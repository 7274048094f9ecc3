package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.curate.Story;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What pages say of an article's configured sources: their names and pages ({@link TemplateHelpers} for templates). */
final class SourceLinks {
  private final Permalinker links;
  /** The configured sources by id: every page and feed item asks about its article's source. */
  private final Map<String, SourceConfig> sources = new HashMap<>();

  SourceLinks(SiteConfig config, Permalinker links) {
    this.links = links;
    config.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
  }

  Optional<SourceConfig> source(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(sources.get(id));
  }

  String name(String sourceId) {
    return source(sourceId).map(SourceConfig::name).orElse("");
  }

  String path(String sourceId) {
    return source(sourceId).isEmpty() ? null : links.source(sourceId);
  }

  /** The pages of the configured sources that carried any of the story's reports, each once, space-separated. */
  String pathsOf(Story story) {
    Set<String> paths = new LinkedHashSet<>();
    for (Story.Item item : story.reports()) {
      for (String id : item.article().carriedBy()) {
        String path = path(id);
        if (path != null) {
          paths.add(path);
        }
      }
    }
    return String.join(" ", paths);
  }
}
