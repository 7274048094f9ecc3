package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.store.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticleLanguagesTest {
  private static Article article(String id, String source, String title, String language) {
    return new Article(id, "https://x.example/" + id, null, source, title, "Pub", null, null, List.of(), List.of(),
        Instant.parse("2026-11-20T10:00:00Z"), null, Instant.parse("2026-11-20T10:00:00Z"), null, null, null, null,
        language);
  }

  private static SiteConfig config(String sources) {
    return new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\nlanguage: en\nsources:\n" + sources,
        Path.of("/tmp/site"), "broadsheet.yaml");
  }

  @Test
  void theSourcesConfigHasTheLastWordThenTheFeedThenTheSite() {
    ArticleLanguages languages = new ArticleLanguages(config(
        "  - {id: kurier, name: K, url: k.xml, language: de}\n  - {id: wire, name: W, url: w.xml}\n"));
    assertThat(languages.of(article("1", "kurier", "T", "pl"))).isEqualTo("de");
    assertThat(languages.of(article("2", "wire", "T", "pl"))).isEqualTo("pl");
    assertThat(languages.of(article("3", "wire", "T", null))).isEqualTo("en");
    assertThat(languages.otherThanSite(article("4", "wire", "T", "en-GB"))).isNull();
    assertThat(languages.otherThanSite(article("5", "wire", "T", "pl"))).isEqualTo("pl");
  }

  @Test
  void eachArticleIsAnalysedInItsOwnLanguage() {
    // "die" and "der" are German stop words, and "die" an English word.
    Article german = article("de1", "kurier", "Die Häuser der Stadt werden verkauft", "de");
    Article english = article("en1", "wire", "City houses will be sold", null);
    List<Article> articles = List.of(german, english);
    ArticleLanguages languages = new ArticleLanguages(config(
        "  - {id: kurier, name: K, url: k.xml}\n  - {id: wire, name: W, url: w.xml}\n"));
    StoryModel byArticle = StoryModel.of(articles, languages::of, 86_400_000L, LeadingTexts.inMemory(1200),
        ArticleAnalyses.none());
    StoryModel allEnglish = StoryModel.of(articles, "en", 86_400_000L, LeadingTexts.inMemory(1200));

    assertThat(terms(byArticle, 0)).doesNotContain("die", "der").contains("stadt");
    assertThat(terms(allEnglish, 0)).contains("die");
    assertThat(terms(byArticle, 1)).isEqualTo(terms(allEnglish, 1));
  }

  @Test
  void inGermanACapitalMarksANounNotAName() {
    // Every German noun has a capital: taking them for names left two reports sharing only nouns
    // without a word for what happened, so they never joined nor related.
    String text = "Der Verkehr durch den Basistunnel bleibt gesperrt, sagte die SBB";
    try (TextAnalysis german = new TextAnalysis("de"); TextAnalysis english = new TextAnalysis("en")) {
      TextAnalysis.Token noun = german.tokens(text).stream().filter(t -> t.term().startsWith("basistunnel"))
          .findFirst().orElseThrow();
      assertThat(noun.capitalized() && !noun.sentenceStart()).as("a capital that could mark a name").isFalse();
      TextAnalysis.Token acronym = german.tokens(text).stream().filter(t -> t.term().equals("sbb")).findFirst()
          .orElseThrow();
      assertThat(acronym.acronym()).isTrue();
      TextAnalysis.Token same = english.tokens(text).stream().filter(t -> t.term().startsWith("basistunnel"))
          .findFirst().orElseThrow();
      assertThat(same.capitalized() && !same.sentenceStart()).as("in English, a capital mid-sentence may").isTrue();
    }
  }

  private static Set<String> terms(StoryModel model, int i) {
    return Arrays.stream(model.get(i).vector().terms()).mapToObj(model.vocabulary()::term).collect(Collectors.toSet());
  }
}
