package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryMapperTest {
  private static FeedEntry entry(String link, String originalPublisher) {
    return new FeedEntry(null, link, "Title", "<p>s</p>", List.of("A"), List.of("markets"), null, null, null,
        originalPublisher);
  }

  private static SourceConfig source(String name, String publisher, String via) {
    return new SourceConfig("wire", name, "https://wire.example/feed", publisher, via, "Business", List.of("wire"),
        1.0, 2, false, null, false, false);
  }

  @Test
  void sourceNameIsThePublisherByDefault() {
    Article a = EntryMapper.toArticle(entry("https://x.example/1", null), source("The Courier", null, null));
    assertThat(a.publisher()).isEqualTo("The Courier");
    assertThat(a.via()).isNull();
    assertThat(a.section()).isEqualTo("Business");
    assertThat(a.tags()).containsExactly("wire", "markets");
    assertThat(a.id()).isEqualTo(ArticleIds.of("https://x.example/1", null, "wire"));
  }

  @Test
  void theLinkPublishedToReadersCarriesNoTrackingParametersAndTheIdIsTheLinksAsGiven() {
    String link = "https://x.example/story?id=7&utm_source=rss&utm_medium=feed&fbclid=abc#comments";
    Article a = EntryMapper.toArticle(entry(link, null), source("The Courier", null, null));
    assertThat(a.url()).isEqualTo("https://x.example/story?id=7#comments");
    assertThat(a.id()).isEqualTo(ArticleIds.of(link, null, "wire")).isEqualTo(ArticleIds.of(a.url(), null, "wire"));
  }

  @Test
  void configuredPublisherAndSyndicatorMakeAViaLine() {
    Article a = EntryMapper.toArticle(entry("https://x.example/1", null),
        source("Tribune News Service", "Bloomberg News", "Tribune News Service"));
    assertThat(a.publisher()).isEqualTo("Bloomberg News");
    assertThat(a.via()).isEqualTo("Tribune News Service");
  }

  @Test
  void anItemNamingItsOwnPublisherIsCarriedViaTheSource() {
    Article a = EntryMapper.toArticle(entry("https://x.example/1", "Bloomberg News"),
        source("Tribune News Service", null, null));
    assertThat(a.publisher()).isEqualTo("Bloomberg News");
    assertThat(a.via()).isEqualTo("Tribune News Service");
  }

  private static FeedEntry said(String link, String title, String summary, String language) {
    return new FeedEntry(null, link, title, "<p>" + summary + "</p>", List.of(), List.of(), null, null, null, null,
        language);
  }

  private static final String[] ENGLISH = {
      "The council said on Monday that the bridge will be closed for repairs and that it is to open in spring.",
      "A new ferry timetable adds an early sailing, and the operator says that it will run for the whole winter.",
      "The museum is to open its doors again after the floods, with a new hall that was built by local craftsmen."};
  private static final String[] GERMAN = {
      "Der Stadtrat hat am Montag mitgeteilt, dass die Brücke wegen Bauarbeiten gesperrt wird und die Fähre fährt.",
      "Die Fähre bietet eine frühe Fahrt an, und der Betreiber sagt, dass sie den ganzen Winter über fahren wird.",
      "Das Museum öffnet nach dem Hochwasser wieder seine Türen, mit einer neuen Halle, die von Handwerkern gebaut wurde."};

  private static List<Article> read(SourceConfig source, String[] texts, String... languages) {
    List<FeedEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      entries.add(said("https://x.example/" + i, "Story " + i, texts[i], languages[i % languages.length]));
    }
    return EntryMapper.toArticles(new ParsedFeed("RSS 2.0", "UTF-8", "t", null, entries, List.of()), source);
  }

  private static SourceConfig withLanguage(String language) {
    return new SourceConfig("wire", "Wire", "https://wire.example/feed", null, null, null, List.of(), 1.0, 50, false,
        null, false, false, language, null, true);
  }

  @Test
  void aFeedThatStatesNoLanguageIsReadInTheOneItsTextIsClearlyWrittenIn() {
    assertThat(read(withLanguage(null), ENGLISH, (String) null)).extracting(Article::language).containsOnly("en");
    assertThat(read(withLanguage(null), GERMAN, (String) null)).extracting(Article::language).containsOnly("de");
  }

  @Test
  void anItemThatStatesNoLanguageInTheSitesOwnKeepsTheSitesRegionAndAll() {
    List<FeedEntry> english = new java.util.ArrayList<>();
    List<FeedEntry> german = new java.util.ArrayList<>();
    for (int i = 0; i < ENGLISH.length; i++) {
      english.add(said("https://x.example/" + i, "Story " + i, ENGLISH[i], null));
      german.add(said("https://x.example/" + i, "Story " + i, GERMAN[i], null));
    }
    assertThat(EntryMapper.map(new ParsedFeed("RSS 2.0", "UTF-8", "t", null, english, List.of()), withLanguage(null),
        "en-GB").articles()).extracting(Article::language).containsOnly((String) null);
    assertThat(EntryMapper.map(new ParsedFeed("RSS 2.0", "UTF-8", "t", null, german, List.of()), withLanguage(null),
        "en-GB").articles()).extracting(Article::language).containsOnly("de");
  }

  @Test
  void aStatedLanguageTheTextContradictsGivesWayButOneItAgreesWithStands() {
    // A blog's template saying en-US over German posts.
    assertThat(read(withLanguage(null), GERMAN, "en-US")).extracting(Article::language).containsOnly("de");
    assertThat(read(withLanguage(null), ENGLISH, "en-GB")).extracting(Article::language).containsOnly("en-GB");
  }

  private static final String FRENCH = "Le conseil a annoncé lundi que le pont sera fermé pour des travaux et que"
      + " le bac assurera une traversée de plus dans la matinée.";

  private static List<Article> onSite(String site, String[] texts, String... languages) {
    List<FeedEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      entries.add(said("https://x.example/" + i, "Story " + i, texts[i], languages[i % languages.length]));
    }
    return EntryMapper.map(new ParsedFeed("RSS 2.0", "UTF-8", "t", null, entries, List.of()), withLanguage(null), site)
        .articles();
  }

  @Test
  void itemsThatStateTheirOwnLanguagesAreReadOneLanguageAtATime() {
    // On a German site: the items stating German keep it, those stating nothing are read by their English.
    String[] both = {ENGLISH[0], GERMAN[0], ENGLISH[1], GERMAN[1], ENGLISH[2], GERMAN[2]};
    assertThat(onSite("de", both, null, "de")).extracting(Article::language)
        .containsExactly("en", "de", "en", "de", "en", "de");
  }

  @Test
  void anItemWhoseOwnWordsLeanToTheSitesLanguageKeepsItInAFeedMostlyInAnother() {
    String[] mostlyEnglish = {ENGLISH[0], ENGLISH[1], FRENCH, ENGLISH[2], ENGLISH[0] + " " + ENGLISH[1]};
    assertThat(onSite("fr", mostlyEnglish, (String) null)).extracting(Article::language)
        .containsExactly("en", "en", null, "en", "en");
  }

  @Test
  void aLanguageTheGuessCannotNameIsNotTakenForItsNeighbour() {
    // The guess knows Czech, not Slovak: Czech-looking text stated Slovak stays Slovak, English does not.
    String[] czech = {"Městská rada v pondělí oznámila, že most bude uzavřen kvůli opravám a že trajekt bude jezdit"
        + " častěji, dokud se znovu neotevře. Je to první uzavření mostu za deset let a podle rady to bylo nutné.",
        "Muzeum po povodních znovu otevírá své dveře a má novou halu, kterou postavili místní řemeslníci. Jak to"
        + " bylo, to se ještě neví, ale podle ředitele je to pro město velká věc a bude to tak i nadále.",
        "Nový jízdní řád přidává ranní spoj a provozovatel říká, že bude jezdit celou zimu. Pro ty, kdo jezdí do"
        + " práce, je to dobrá zpráva, protože se tak dostanou do města dříve než dosud."};
    assertThat(new dev.broadsheet.base.LanguageGuess().of(String.join("\n", czech))).isEqualTo("cs");
    assertThat(onSite("sk", czech, "sk")).extracting(Article::language).containsOnly("sk");
    assertThat(onSite("sk", ENGLISH, "sk")).extracting(Article::language).containsOnly("en");
  }

  @Test
  void aFewItemsInAnotherScriptThanTheSitesLanguageAreNotTakenToBeInIt() {
    // Too few words to tell Russian from Bulgarian by their common words, enough to see they are not German.
    String[] russian = {"Банк России на заседании в пятницу сохранил ключевую ставку на уровне 16% годовых.",
        "Мэр Москвы открыл станцию после реконструкции, пассажиропоток превысит 400 тысяч человек в сутки.",
        "Синоптики предупредили о резком похолодании, в школах могут отменить занятия для младших классов."};
    assertThat(new dev.broadsheet.base.LanguageGuess().of(String.join("\n", russian))).isNull();
    assertThat(onSite("de", russian, (String) null)).extracting(Article::language).containsOnly("ru");
    String[] bulgarian = {"Народното събрание прие бюджета на първо четене след дълъг дебат в пленарна зала.",
        "Столичната община съобщи, че новата линия на метрото ще бъде открита до края на годината.",
        "Синоптиците предупредиха за силен вятър и сняг в планинските райони през уикенда."};
    assertThat(onSite("en", bulgarian, (String) null)).extracting(Article::language).containsOnly("bg");
    // Where the site's own language is written in that script, a short feed is not guessed over.
    assertThat(onSite("ru", bulgarian, (String) null)).extracting(Article::language).containsOnly((String) null);
  }

  @Test
  void aSourcesLanguageInTheConfigIsNeverGuessedOver() {
    assertThat(read(withLanguage("fr"), GERMAN, (String) null)).extracting(Article::language).containsOnly((String) null);
  }

  @Test
  void takesAtMostMaxItems() {
    ParsedFeed feed = new ParsedFeed("RSS 2.0", "UTF-8", "t", null,
        List.of(entry("https://x.example/1", null), entry("https://x.example/2", null), entry("https://x.example/3", null)),
        List.of());
    assertThat(EntryMapper.toArticles(feed, source("S", null, null))).hasSize(2);
  }

  @Test
  void aHeadlineLosesItsOutletsOwnNameAppendedButNotAnotherNameOrAllItHas() {
    assertThat(EntryMapper.withoutOwnName("Chipmaker unveils 2nm processor - Dev Notes", "Dev Notes Ltd", "Dev Notes"))
        .isEqualTo("Chipmaker unveils 2nm processor");
    assertThat(EntryMapper.withoutOwnName("Chipmaker unveils 2nm processor | DEV NOTES", "Dev Notes"))
        .isEqualTo("Chipmaker unveils 2nm processor");
    assertThat(EntryMapper.withoutOwnName("Court rules for Smith - Jones", "Dev Notes")).isEqualTo("Court rules for Smith - Jones");
    assertThat(EntryMapper.withoutOwnName("Corrections - Dev Notes", "Dev Notes")).isEqualTo("Corrections - Dev Notes");
  }

  private static FeedEntry item(String guid, String link, String title, String summary) {
    return new FeedEntry(guid, link, title, summary, List.of(), List.of(), null, null, null, null);
  }

  private static ParsedFeed feed(String home, FeedEntry... entries) {
    return new ParsedFeed("RSS 2.0", "UTF-8", "t", home, List.of(entries), List.of());
  }

  private static SourceConfig podcast() {
    return new SourceConfig("pod", "The Pod", "https://pod.example/feed", null, null, null, List.of(), 1.0, 50, false,
        null, false, false);
  }

  @Test
  void episodesThatAllLinkToTheFeedsHomePageAreArticlesOfTheirOwnKnownByTheirIdsAndShownWithoutThatLink() {
    ParsedFeed feed = feed("https://pod.example/",
        item("ep-3", "https://pod.example/", "Episode 3: Rivers", "<p>Floods in the north.</p>"),
        item("ep-2", "https://www.pod.example", "Episode 2: Mountains", "<p>Climbing season.</p>"),
        item("ep-1", "https://pod.example/", "Episode 1: Deserts", "<p>Sand and heat.</p>"));

    EntryMapper.Mapped mapped = EntryMapper.map(feed, podcast());

    assertThat(mapped.articles()).extracting(Article::title)
        .containsExactly("Episode 3: Rivers", "Episode 2: Mountains", "Episode 1: Deserts");
    assertThat(mapped.articles()).allSatisfy(a -> assertThat(a.url()).isNull());
    assertThat(mapped.articles().get(0).id()).isEqualTo(ArticleIds.of(null, "ep-3", "pod"));
    assertThat(mapped.repeatNote()).isEmpty();
    assertThat(mapped.homeNote()).hasValue("3 items link to the feed's home page (https://pod.example/) or to a page"
        + " that several episodes share, rather than to a page of their own: a build makes each an article of its own,"
        + " known by its id (else its sound's or video's address, else its text) and shown without that link");
    // The next day's feed, with one of them left, gives it the same article.
    assertThat(EntryMapper.toArticles(feed("https://pod.example/",
        item("ep-2", "https://pod.example/", "Episode 2: Mountains", "<p>Climbing season.</p>")), podcast()))
        .singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(mapped.articles().get(1).id()));
  }

  @Test
  void itemsWithoutIdsThatLinkToTheFeedsHomePageAreKnownByTheirText() {
    // A feed reader gives an item without a guid its link as its id: that id is the home page's too.
    ParsedFeed feed = feed("http://www.school.example/spotlight/",
        item("http://www.school.example/spotlight/", "http://www.school.example/spotlight/", "New schools", "<p>Eleven.</p>"),
        item("http://www.school.example/spotlight/", "http://www.school.example/spotlight/", "Work plan", "<p>Seminar.</p>"));

    List<Article> articles = EntryMapper.toArticles(feed, podcast());

    assertThat(articles).hasSize(2).allSatisfy(a -> assertThat(a.guid()).isNull());
    assertThat(articles.get(1).id()).isEqualTo(ArticleIds.ofContent("pod", "Work plan", "<p>Seminar.</p>"));
  }

  @Test
  void updatesSharingAnArticlesLinkStayOneArticleThoughTheFeedIsThatArticlesOwn() {
    ParsedFeed live = feed("https://h.example/",
        item("u1", "https://h.example/live/storm", "Storm: update 1", "<p>a</p>"),
        item("u2", "https://h.example/live/storm", "Storm: update 2", "<p>b</p>"));
    assertThat(EntryMapper.toArticles(live, podcast())).singleElement()
        .satisfies(a -> assertThat(a.url()).isEqualTo("https://h.example/live/storm"));
    // A live page's own feed links each update to its place in the page.
    ParsedFeed own = feed("https://h.example/live/storm",
        item("u1", "https://h.example/live/storm#block-1", "Storm: update 1", "<p>a</p>"),
        item("u2", "https://h.example/live/storm#block-2", "Storm: update 2", "<p>b</p>"));
    assertThat(EntryMapper.toArticles(own, podcast())).singleElement()
        .satisfies(a -> assertThat(a.url()).startsWith("https://h.example/live/storm#block-"));
  }

  @Test
  void anItemWhoseIdIsTheHomePageAgainIsKnownByItsText() {
    ParsedFeed feed = feed("https://pod.example/",
        item("https://pod.example", "https://pod.example/", "Episode 1", "<p>a</p>"),
        item("https://pod.example", "https://pod.example/", "Episode 2", "<p>b</p>"));
    assertThat(EntryMapper.toArticles(feed, podcast())).hasSize(2);
  }

  private static FeedEntry episode(String guid, String link, String title, String audio) {
    return new FeedEntry(guid, link, title, "<p>" + title + " notes.</p>", List.of(), List.of(), null, null, null, null,
        null, null, false, audio == null ? null : new dev.broadsheet.store.Media(audio, "audio/mpeg", 1234L, 3125));
  }

  @Test
  void episodesThatShareAShowsPageAreArticlesOfTheirOwnKnownByTheirIdsElseTheirText() {
    ParsedFeed feed = feed("https://pod.example/",
        episode("ep-2", "https://pod.example/podcast/", "Episode 2", "https://cdn.pod.example/2.mp3"),
        episode(null, "https://pod.example/podcast/", "Episode 1", "https://cdn.pod.example/1.mp3"));

    List<Article> articles = EntryMapper.toArticles(feed, podcast());

    assertThat(articles).hasSize(2).allSatisfy(a -> assertThat(a.url()).isNull());
    assertThat(articles.get(0).id()).isEqualTo(ArticleIds.of(null, "ep-2", "pod"));
    assertThat(articles.get(1).id()).isEqualTo(ArticleIds.ofContent("pod", "Episode 1", "<p>Episode 1 notes.</p>"));
    assertThat(articles.get(1).media()).isEqualTo(new dev.broadsheet.store.Media("https://cdn.pod.example/1.mp3",
        "audio/mpeg", 1234L, 3125));
    // A live blog's updates share their page and have no sound: one article, as before.
    ParsedFeed live = feed("https://h.example/", episode("u1", "https://h.example/live", "Update 1", null),
        episode("u2", "https://h.example/live", "Update 2", null));
    assertThat(EntryMapper.toArticles(live, podcast())).hasSize(1);
  }
}
