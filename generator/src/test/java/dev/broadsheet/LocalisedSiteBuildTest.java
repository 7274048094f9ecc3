package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site built in French: not one English label of the theme is left on its pages, and
 * no page anywhere says "1 stories". The articles themselves stay in the language they were written in.
 */
class LocalisedSiteBuildTest {
  private static final String NOW = "2026-11-25T06:00:00Z";
  /** Elements that hold what the outlets, editors and config wrote, not what the theme says. */
  private static final String CONTENT = ".card-title, .line-title, .story-title, .teaser, .line-teaser, .story-body, "
      + ".note > :not(.note-label), .prose, .kicker, .masthead, .footer-title, .publisher, .authors, "
      + ".story-source strong, .also a, .attribution a, .band-heading a, .footer-list a, .list-head .page-title, "
      + ".line-meta, .archive-list .muted, .source-home, code";

  @TempDir static Path temp;
  static Path french;
  static Path english;

  @BeforeAll
  static void build() throws Exception {
    french = SampleSite.copyTo(temp.resolve("fr"));
    Path config = french.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replace("language: en-GB", "language: fr"));
    BuildResult inFrench = SampleSite.build(french, NOW);
    assertThat(inFrench.problems()).isEmpty();
    english = SampleSite.copyTo(temp.resolve("en"));
    BuildResult inEnglish = SampleSite.build(english, NOW);
    assertThat(inEnglish.problems()).isEmpty();
    frenchStories = inFrench.site().stories();
    englishStories = inEnglish.site().stories();
  }

  static int frenchStories;
  static int englishStories;

  @Test
  void englishFeedsThatStateNoLanguageAreReadAsEnglishOnAFrenchSite() throws Exception {
    // One feed of the sample states its language, the others do not: their text tells it. Read as
    // French, a syndicated copy under the original's very headline was a story of its own.
    assertThat(frenchStories).isEqualTo(englishStories);
    Document home = Jsoup.parse(french.resolve("public/index.html").toFile(), "UTF-8");
    assertThat(home.select(".card-title")).isNotEmpty().allSatisfy(t -> assertThat(t.attr("lang")).isEqualTo("en"));
    Document en = Jsoup.parse(english.resolve("public/index.html").toFile(), "UTF-8");
    assertThat(en.select(".card-title")).isNotEmpty().allSatisfy(t -> assertThat(t.attr("lang")).isEmpty());
  }

  @Test
  void aFrenchSiteShowsNoEnglishLabel() throws Exception {
    Set<String> english = englishFragments();
    // Names the outlets and the config gave, which appear inside sentences of the theme.
    List<String> names = new ArrayList<>(List.of("The Port Alder Digest"));
    SampleSite.searchValues(french.resolve("public"), "publishers").forEach(n -> names.add(n.asText()));
    // And the syndicators the sources name: a link to a copy one carried names its site.
    java.util.regex.Matcher via = Pattern.compile("(?m)^\\s*via: *(.+?) *$")
        .matcher(Files.readString(french.resolve("broadsheet.yaml")));
    while (via.find()) {
      names.add(via.group(1).replaceAll("^\"|\"$", ""));
    }
    names.sort(java.util.Comparator.comparing(String::length).reversed());
    List<String> found = new ArrayList<>();
    for (Path file : pages(french.resolve("public"), ".html")) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("fr");
      doc.select(CONTENT).remove();
      List<String> texts = new ArrayList<>();
      String body = doc.body().text();
      for (String name : names) {
        body = body.replace(name, " ");
      }
      texts.add(body);
      for (Element e : doc.body().select("*")) {
        e.attributes().forEach(a -> {
          if (a.getKey().equals("aria-label") || a.getKey().equals("placeholder") || a.getKey().startsWith("data-label")) {
            texts.add(a.getValue());
          }
        });
      }
      // A newsletter's styles are inline, so its headlines and teasers carry no class to leave
      // them out by: there, only labels of several words are looked for.
      boolean mail = file.getFileName().toString().startsWith("newsletter");
      for (String fragment : english) {
        if (mail && !fragment.contains(" ")) {
          continue;
        }
        Pattern word = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(fragment) + "(?![\\p{L}])");
        if (texts.stream().anyMatch(t -> word.matcher(t).find())) {
          found.add(french.resolve("public").relativize(file) + ": " + fragment);
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void aFrenchSiteCountsInFrenchAndDatesInFrench() throws Exception {
    Document home = Jsoup.parse(french.resolve("public/index.html").toFile(), "UTF-8");
    assertThat(home.select(".edition-date [data-story-count]").text()).matches("\\d+ articles");
    assertThat(home.select(".edition-date").text()).contains("novembre 2026");
    assertThat(home.select(".band-heading").eachText()).contains("À la une", "Notre sélection");
    String text = Files.readString(french.resolve("public/editions/2026/11/24/newsletter.txt"));
    assertThat(text).contains("À LA UNE").contains("Note de The Port Alder Digest : ").doesNotContain("TOP STORIES", "Read it");
    // Inside a sentence the weekday is written small, as French writes it.
    List<String> editions = new ArrayList<>();
    try (Stream<Path> pages = Files.list(french.resolve("public/articles"))) {
      for (Path page : pages.sorted().limit(10).toList()) {
        editions.addAll(Jsoup.parse(page.resolve("index.html").toFile(), "UTF-8").select(".in-edition a").eachText());
      }
    }
    assertThat(editions).isNotEmpty().allMatch(e -> e.matches("Dans l’édition : (lundi|mardi|mercredi|jeudi|vendredi"
        + "|samedi|dimanche) \\d{1,2} novembre 2026"), "a weekday written small");
  }

  @Test
  void aFrenchSitesPageFeedsAreTitledWithFrenchPunctuationAndLinkedAsRssAndAtom() throws Exception {
    assertThat(Jsoup.parse(Files.readString(french.resolve("public/sections/local/feed.xml")), "",
        org.jsoup.parser.Parser.xmlParser()).selectFirst("channel > title").text())
        .isEqualTo("The Port Alder Digest : Local");
    Document section = Jsoup.parse(french.resolve("public/sections/local/index.html").toFile(), "UTF-8");
    assertThat(section.select("link[rel=alternate][title*=Local]").stream()
        .map(l -> l.attr("type") + " " + l.attr("href") + " " + l.attr("title")).toList()).containsExactly(
        "application/rss+xml feed.xml The Port Alder Digest : Local (RSS)",
        "application/atom+xml atom.xml The Port Alder Digest : Local (Atom)");
  }

  @Test
  void theHomePageSaysTodaysEditionOnlyOnTheEditionsDayInTheSiteZone() throws Exception {
    Document home = Jsoup.parse(english.resolve("public/index.html").toFile(), "UTF-8");
    String day = home.selectFirst(".edition-date time").attr("datetime");
    assertThat(home.selectFirst(".edition-title").text()).isEqualTo(
        java.time.LocalDate.parse(day).equals(java.time.LocalDate.parse(NOW.substring(0, 10)))
            ? "Today’s edition" : "Latest edition");
    Path sameDay = SampleSite.copyTo(temp.resolve("same-day"));
    SampleSite.build(sameDay, day + "T23:30:00Z");
    // 23:30 UTC is still that day in London in November.
    assertThat(Jsoup.parse(sameDay.resolve("public/index.html").toFile(), "UTF-8").selectFirst(".edition-title").text())
        .isEqualTo("Today’s edition");
    Path dayAfter = SampleSite.copyTo(temp.resolve("day-after"));
    SampleSite.build(dayAfter, java.time.LocalDate.parse(day).plusDays(1) + "T00:30:00Z");
    assertThat(Jsoup.parse(dayAfter.resolve("public/index.html").toFile(), "UTF-8").selectFirst(".edition-title").text())
        .isEqualTo("Latest edition");
  }

  @Test
  void noPageOrFeedEverSaysOneWithAPluralNoun() throws Exception {
    Pattern wrong = Pattern.compile("\\b1 (stories|editions|reports|more outlets)\\b|\\b[01] articles\\b");
    List<String> found = new ArrayList<>();
    for (Path site : List.of(english, french)) {
      for (Path file : pages(site.resolve("public"), "")) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (wrong.matcher(text).find()) {
          found.add(file.toString());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * Every English label, cut where its arguments go into the pieces a page would show, leaving
   * out those French writes the same ("Sources", "Pages") and punctuation alone.
   */
  private static Set<String> englishFragments() throws Exception {
    Map<String, String> en = bundle("en");
    Map<String, String> fr = bundle("fr");
    Set<String> fragments = new LinkedHashSet<>();
    for (var e : en.entrySet()) {
      for (int n : new int[] {0, 1, 7}) {
        String english = new MessageFormat(e.getValue(), Locale.ENGLISH).format(new Object[] {n, n, n});
        String frenchText = new MessageFormat(fr.get(e.getKey()), Locale.FRENCH).format(new Object[] {n, n, n});
        for (String piece : english.split("\\{\\d\\}|\\d+|[“”←→.:,()]")) {
          String p = piece.strip();
          if (p.chars().filter(Character::isLetter).count() >= 4 && !frenchText.contains(p)) {
            fragments.add(p);
          }
        }
      }
    }
    return fragments;
  }

  private static Map<String, String> bundle(String language) throws Exception {
    Properties p = new Properties();
    try (var in = LocalisedSiteBuildTest.class.getClassLoader()
        .getResourceAsStream("dev/broadsheet/theme/default/messages/" + language + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> map = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    return map;
  }

  private static List<Path> pages(Path dir, String suffix) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix))
          .filter(f -> !f.toString().contains("assets"))
          // Lead images are published with the pages: bytes, not text.
          .filter(f -> !f.getFileName().toString().matches(".*\\.(jpg|png)")).sorted().toList();
    }
  }
}
