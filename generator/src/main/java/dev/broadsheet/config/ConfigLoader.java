package dev.broadsheet.config;

import dev.broadsheet.base.Blank;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.LanguageTags;
import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Slugs;
import dev.broadsheet.base.Utf8Text;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code broadsheet.yaml}, reporting every problem with its line. */
public final class ConfigLoader {
  private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private final YamlMapping yaml = new YamlMapping();

  /** Loads {@code siteDir/broadsheet.yaml}. */
  public SiteConfig load(Path siteDir) {
    Path file = siteDir.resolve(SiteConfig.FILE_NAME);
    String text;
    try {
      text = Utf8Text.decode(Files.readAllBytes(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new BroadsheetException(new Problem(file.toString(),
          "no site config here; is " + siteDir + " a Broadsheet site directory?"));
    } catch (IOException e) {
      throw new BroadsheetException(new Problem(file.toString(), "cannot read: " + e.getMessage()), e);
    }
    return parse(text, siteDir.toAbsolutePath().normalize(), file.toString());
  }

  /** Validates {@code text} as the config of {@code siteDir}; {@code fileName} is used in errors. */
  public SiteConfig parse(String text, Path siteDir, String fileName) {
    YamlMapping.Parsed<RawConfig> parsed = yaml.read(text, RawConfig.class, fileName, 1);
    if (parsed.value() == null) {
      throw new BroadsheetException(new Problem(fileName, "the file is empty; it needs at least title and baseUrl"));
    }
    Validation validation = new Validation(parsed.value(), parsed.lines(), siteDir, fileName);
    validation.problems.addAll(parsed.problems());
    return validation.run();
  }

  /** Collects every problem in one pass so the user sees them all at once. */
  private static final class Validation {
    private final RawConfig raw;
    private final YamlLines lines;
    private final Path siteDir;
    /** Read once, when an OPML source's id is in question. */
    private StoredSources stored;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final RangeCheck check = new RangeCheck(this::problem);

    Validation(RawConfig raw, YamlLines lines, Path siteDir, String file) {
      this.raw = raw;
      this.lines = lines;
      this.siteDir = siteDir;
      this.file = file;
    }

    SiteConfig run() {
      String title = required(raw.title(), "/title", "title");
      URI baseUrl = baseUrl();
      ZoneId zone = zone();
      String language = language();
      List<SourceConfig> sources = sources();
      BlockSettings blocks = new BlockSettings(check);
      EditionsConfig editions = raw.editions() == null ? EditionsConfig.defaults(language)
          : blocks.editions(raw.editions(), language);
      int pageSize = check.atLeast(raw.pageSize(), SiteConfig.DEFAULT_PAGE_SIZE, 1, "pageSize");
      int teaserLength = check.atLeast(raw.teaserLength(), SiteConfig.DEFAULT_TEASER_LENGTH, 1, "teaserLength");
      FetchConfig fetch = raw.fetch() == null ? FetchConfig.defaults() : blocks.fetch(raw.fetch());
      Permalinks permalinks = Permalinks.of(raw.permalinks(), this::problem);
      CurationConfig curation = raw.curation() == null ? CurationConfig.defaults() : blocks.curation(raw.curation());
      if (editions.period() == EditionsConfig.Period.WEEKLY
          && (raw.curation() == null || raw.curation().halfLifeHours() == null)) {
        // A rank halves over two editions' length: with a day's half-life, a weekly edition's top
        // stories were whatever came in at the weekend, and with a week's, a story two publishers told
        // on Monday (1.75 x 0.5) still ranked below one publisher's on Sunday (1 x 1); over two weeks
        // it ranks above it (1.75 x 0.71).
        curation = new CurationConfig(curation.window(), curation.joinThreshold(), curation.mergeThreshold(),
            java.time.Duration.ofDays(14), curation.relatedCount(), curation.relatedDays(), curation.retentionDays());
      }
      ImagesConfig images = raw.images() == null ? ImagesConfig.defaults() : blocks.images(raw.images());
      List<FeedAlias> feedAliases = FeedAlias.read(raw.feedAliases(), baseUrl, lines, this::problem);
      if (!problems.isEmpty()) {
        throw new BroadsheetException(problems);
      }
      Path output = siteDir.resolve(Objects.requireNonNullElse(raw.output(), "public")).normalize();
      return new SiteConfig(siteDir, title, baseUrl, language, zone,
          Objects.requireNonNullElse(raw.description(), ""), sources, editions, permalinks, output, pageSize,
          teaserLength, !Boolean.FALSE.equals(raw.relativeLinks()), fetch, curation, images, feedAliases);
    }

    /**
     * A language tag as written in the config, or null when it is none. Stricter than what feeds
     * get away with: "en_GB" is a mistake the editor can fix, and is told about.
     */
    private static String configuredLanguage(String written) {
      return written.indexOf('_') >= 0 ? null : LanguageTags.of(written);
    }

    private void problem(String pointer, String message) {
      problems.add(Problem.at(file, lines.lineOf(pointer), message));
    }

    private String required(String value, String pointer, String key) {
      if (value == null || value.isBlank()) {
        problem(pointer, "'" + key + "' is required");
        return "";
      }
      return value.strip();
    }

    private URI baseUrl() {
      String value = required(raw.baseUrl(), "/baseUrl", "baseUrl");
      if (value.isEmpty()) {
        return URI.create("http://localhost/");
      }
      try {
        URI uri = new URI(value.endsWith("/") ? value : value + "/");
        if (!uri.isAbsolute() || uri.getHost() == null
            || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
          problem("/baseUrl", "'baseUrl' must be an absolute http(s) URL such as https://example.org/news/, found '"
              + value + "'");
        }
        // As a web address must be written: https://example.org/actualités/ publishes links to actualit%C3%A9s/.
        return URI.create(uri.toASCIIString());
      } catch (URISyntaxException e) {
        problem("/baseUrl", "'baseUrl' is not a valid URL: " + e.getMessage());
        return URI.create("http://localhost/");
      }
    }

    /** The site language: it reaches {@code <html lang>}, the feeds and date formatting, so it must be well formed. */
    private String language() {
      // A well-formed tag may still name no language ("Deutsch" is one 7-letter subtag): it would
      // reach <html lang> and every date; LanguageTags takes the two- or three-letter ones only.
      String value = raw.language() == null ? "en" : configuredLanguage(raw.language());
      if (value == null) {
        problem("/language", "'language' must be a BCP 47 language tag such as en, en-GB or pt-BR, found '"
            + raw.language() + "'");
        return "en";
      }
      return value;
    }

    private ZoneId zone() {
      String value = Objects.requireNonNullElse(raw.timezone(), "UTC");
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        problem("/timezone", "'timezone' must be an IANA zone such as Europe/Paris or America/New_York, found '"
            + value + "'");
        return ZoneId.of("UTC");
      }
    }

    private List<SourceConfig> sources() {
      List<SourceConfig> result = new ArrayList<>();
      if (raw.sources() == null) {
        return result;
      }
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < raw.sources().size(); i++) {
        RawConfig.RawSource s = raw.sources().get(i);
        String at = "/sources/" + i;
        if (s == null) {
          problem(at, "source " + (i + 1) + " is empty");
        } else if (s.opml() != null) {
          result.addAll(opml(s, at, ids, result));
        } else {
          SourceConfig source = source(s, at, i);
          if (!source.id().isEmpty() && !ids.add(source.id())) {
            problem(at + "/id", "source id '" + source.id() + "' is used twice; ids must be unique");
          }
          result.add(source);
        }
      }
      return result;
    }

    private SourceConfig source(RawConfig.RawSource s, String at, int i) {
      String id = required(s.id(), at + "/id", "sources[" + i + "].id");
      if (!id.isEmpty() && !SOURCE_ID.matcher(id).matches()) {
        problem(at + "/id", "source id '" + id + "' may only hold lower-case letters, digits, '-' and '_'");
      } else if (Slugs.namesDevice(id)) {
        // The id names the source's folder of pages, which Windows could neither make nor check out.
        problem(at + "/id", "source id '" + id + "' is the name of a Windows device, and the folder of the source's"
            + " page could not be checked out there; choose another, such as '" + id + "-news'");
      }
      String name = required(s.name(), at + "/name", "sources[" + i + "].name");
      String url = OpmlImport.webOf(required(s.url(), at + "/url", "sources[" + i + "].url"));
      if (url.contains("://") && !(url.startsWith("http://") || url.startsWith("https://"))) {
        problem(at + "/url", "source url must be http(s) or a path relative to the site, found '" + url + "'");
      }
      return withDefaults(s, at, id, name, url, Blank.toNull(s.section()), null);
    }

    private SourceConfig withDefaults(RawConfig.RawSource s, String at, String id, String name, String url,
        String section, String listedIn) {
      double weight = s.weight() == null ? SourceConfig.NORMAL_WEIGHT : s.weight();
      if (weight <= 0) {
        problem(at + "/weight", "'weight' must be greater than 0, found " + weight);
      }
      int maxItems = check.atLeast(s.maxItems(), SourceConfig.DEFAULT_MAX_ITEMS, 1, at + "/maxItems", "maxItems");
      ZoneId zone = null;
      if (s.timezone() != null) {
        try {
          zone = ZoneId.of(s.timezone().strip());
        } catch (DateTimeException e) {
          problem(at + "/timezone", "'" + YamlLines.keyOf(at + "/timezone")
              + "' must be an IANA zone such as Europe/Paris, found '"
              + s.timezone() + "'");
        }
      }
      String language = null;
      if (s.language() != null) {
        language = configuredLanguage(s.language());
        if (language == null) {
          problem(at + "/language", "'" + YamlLines.keyOf(at + "/language")
              + "' must be a BCP 47 language tag such as en, de or pt-BR, found '" + s.language() + "'");
        }
      }
      return new SourceConfig(id, name, url, Blank.toNull(s.publisher()), Blank.toNull(s.via()), section,
          s.tags(), weight, maxItems, Boolean.TRUE.equals(s.fullText()), zone,
          Boolean.TRUE.equals(s.allowPrivateAddress()), Boolean.TRUE.equals(s.paywall()), language, listedIn,
          !Boolean.FALSE.equals(s.categories()));
    }

    private StoredSources stored() {
      if (stored == null) {
        stored = StoredSources.read(siteDir.resolve("data/sources.json"));
      }
      return stored;
    }

    /** The sources of an OPML file; keys given beside {@code opml} apply to each of them. */
    private List<SourceConfig> opml(RawConfig.RawSource s, String at, Set<String> ids, List<SourceConfig> before) {
      if (s.id() != null || s.name() != null || s.url() != null) {
        problem(at + "/opml", "an 'opml' entry imports many sources: give it no id, name or url");
        return List.of();
      }
      Path file = siteDir.resolve(s.opml().strip()).normalize();
      List<OpmlImport.Entry> entries;
      try {
        entries = OpmlImport.read(file);
      } catch (OpmlImport.Malformed e) {
        problems.add(Problem.at(file.toString(), e.line(), e.getMessage()));
        return List.of();
      } catch (java.nio.file.NoSuchFileException e) {
        problem(at + "/opml", "no such OPML file: " + file);
        return List.of();
      } catch (IOException e) {
        problem(at + "/opml", "cannot read the OPML file " + file + ": " + e.getMessage());
        return List.of();
      }
      if (entries.isEmpty()) {
        // A feed reader's export that lost its subscriptions would otherwise take every source,
        // and every page of theirs, off the site without a word.
        problems.add(Problem.at(file.toString(), 0, "lists no feeds (no outline with an xmlUrl); add its feeds, or"
            + " take the 'opml' entry out of " + SiteConfig.FILE_NAME));
        return List.of();
      }
      List<SourceConfig> result = new ArrayList<>();
      // A feed listed twice (in two folders, two files, or also above) is one source: a second
      // would read the same items and stay empty, its articles being the first one's.
      Set<String> urls = new HashSet<>();
      before.forEach(b -> urls.add(b.url()));
      // The id the store knows each listed address by comes first, for every entry before any
      // takes an id from its title: two feeds of one title are my-feed and my-feed-2, and when the
      // first leaves the OPML, they swap places or a third of that title comes before them, each
      // keeps its own id, not another's articles and state with its name.
      List<OpmlImport.Entry> listed = new ArrayList<>();
      java.util.Map<String, String> knownIds = new java.util.HashMap<>();
      for (OpmlImport.Entry entry : entries) {
        if (urls.add(entry.url())) {
          listed.add(entry);
          String known = stored().idOf(entry.url(), ids);
          if (known != null && ids.add(known)) {
            knownIds.put(entry.url(), known);
          }
        }
      }
      for (OpmlImport.Entry entry : listed) {
        String id = knownIds.get(entry.url());
        if (id == null) {
          String base = Slugs.of(entry.name(), 40);
          String unspelled = Slugs.unspelledOf(entry.name(), 40);
          // A store that knows the source by the id made before letters such as ø were spelled out
          // keeps it: its articles and the source's state are stored under that id.
          if (!unspelled.equals(base) && stored().knows(unspelled) && !stored().knows(base)) {
            base = unspelled;
          }
          id = base;
          for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
          }
        }
        String section = Blank.toNull(s.section()) != null ? s.section().strip() : entry.folder();
        result.add(withDefaults(s, at, id, entry.name(), entry.url(), section, OpmlImport.nameOf(file, siteDir)));
      }
      return result;
    }
  }
}
