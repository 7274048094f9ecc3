package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {
  @Test
  void aSitesApostropheBetweenLettersIsKeptAndABundleNotInUtf8IsAnErrorAtItsLine(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path site) throws Exception {
    java.nio.file.Path messages = java.nio.file.Files.createDirectories(site.resolve("templates/messages"));
    java.nio.file.Files.writeString(messages.resolve("en.properties"),
        "harbour.edition=The Harbour's Edition\nharbour.count=Today''s {0} stories\n");
    Messages t = Messages.load(site.resolve("templates"), "en");
    assertThat(t.text("harbour.edition")).isEqualTo("The Harbour's Edition");
    assertThat(t.text("harbour.count", 3)).isEqualTo("Today's 3 stories");
    java.nio.file.Files.write(messages.resolve("fr.properties"),
        "site.title=Le journal\nharbour.edition=L'\u00e9dition du caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(dev.broadsheet.base.BroadsheetException.class,
        () -> Messages.load(site.resolve("templates"), "fr")).problems()).singleElement().asString()
        .startsWith(messages.resolve("fr.properties") + ":2:").contains("not UTF-8");
  }

  @Test
  void aLanguageWithoutLabelsIsReportedUntilTheSiteTranslatesThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path site)
      throws Exception {
    java.nio.file.Path templates = site.resolve("templates");
    assertThat(UntranslatedLabels.of(templates, "de-AT")).isEmpty();
    assertThat(UntranslatedLabels.of(templates, "pl")).hasValueSatisfying(p -> {
      assertThat(p.isWarning()).isTrue();
      assertThat(p.where()).endsWith("templates/messages/pl.properties");
      assertThat(p.message()).contains("English labels");
    });
    java.nio.file.Files.createDirectories(templates.resolve("messages"));
    java.nio.file.Files.writeString(templates.resolve("messages/pl.properties"), "edition.top=Najważniejsze\n");
    // Some labels translated: the rest are named, as pages show them in English.
    assertThat(UntranslatedLabels.of(templates, "pl")).hasValueSatisfying(p -> {
      assertThat(p.isWarning()).isTrue();
      assertThat(p.message()).contains("labels are not translated, so pages show them in English: ")
          .doesNotContain("edition.top").contains("more (the theme's messages/en.properties has them all)");
    });
    try (java.io.InputStream en = Messages.class.getClassLoader()
        .getResourceAsStream(TemplateEngine.THEME_ROOT + "/messages/en.properties")) {
      java.nio.file.Files.copy(en, templates.resolve("messages/pl.properties"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(UntranslatedLabels.of(templates, "pl")).isEmpty();
  }

  @Test
  void aChineseSiteOfARegionReadsTheLabelsOfTheScriptItWrites(@org.junit.jupiter.api.io.TempDir java.nio.file.Path site)
      throws Exception {
    java.nio.file.Path messages = site.resolve("templates/messages");
    java.nio.file.Files.createDirectories(messages);
    java.nio.file.Files.writeString(messages.resolve("zh-Hans.properties"), "nav.home=首页\n");
    assertThat(Messages.load(site.resolve("templates"), "zh-CN").text("nav.home")).isEqualTo("首页");
    assertThat(Messages.load(site.resolve("templates"), "zh-TW").text("nav.home")).isNotEqualTo("首页");
  }

  @Test
  void labelsThatTemplatesCopiedFromEarlierVersionsUseAreStillThere() {
    // A site's own copy of a theme template keeps asking for them: a missing one stops its build.
    for (String language : Messages.LANGUAGES) {
      assertThat(Messages.themeBundle(language)).as(language).containsKey("section.default");
    }
  }

  @Test
  void everyLabelOfTheThemeIsTranslatedIntoEveryLanguage() {
    Map<String, String> english = Messages.themeBundle("en");
    assertThat(english).isNotEmpty();
    for (String language : Messages.LANGUAGES) {
      Map<String, String> bundle = Messages.themeBundle(language);
      assertThat(bundle.keySet()).as(language).isEqualTo(english.keySet());
      assertThat(bundle.values()).as(language).noneMatch(String::isBlank);
    }
  }

  @Test
  void everyPatternFormatsInEveryLanguage() {
    for (String language : Messages.LANGUAGES) {
      Messages t = Messages.load(null, language);
      for (String key : t.keys()) {
        for (int n : new int[] {0, 1, 2, 21}) {
          assertThat(t.text(key, n, n, n)).as(language + " " + key).doesNotContain("'");
        }
      }
    }
  }

  @Test
  void countsTakeTheirPluralFormInEachLanguage() {
    assertThat(counts("en")).containsExactly("no stories", "1 story", "2 stories", "1,000 stories");
    // French: zero takes the singular.
    assertThat(counts("fr")).containsExactly("0 article", "1 article", "2 articles", "1\u202f000 articles");
    assertThat(counts("de")).containsExactly("keine Meldungen", "1 Meldung", "2 Meldungen", "1.000 Meldungen");
    assertThat(counts("es")).containsExactly("ninguna noticia", "1 noticia", "2 noticias", "1.000 noticias");
  }

  @Test
  void aCountOfOneNeverTakesAPluralNoun() {
    List<String> wrong = new ArrayList<>();
    for (String language : Messages.LANGUAGES) {
      Messages t = Messages.load(null, language);
      // Only counts: a name argument ("The latest {0} stories") is no count.
      for (String key : t.keys().stream().filter(k -> Messages.themeBundle("en").get(k).contains("choice")).toList()) {
        String one = t.text(key, 1, 1, 1);
        if (one.matches("(?s).*\\b1 (stories|editions|articles|reports|Meldungen|Ausgaben|noticias|ediciones|autres)\\b.*")) {
          wrong.add(language + " " + key + ": " + one);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aRegionalTagTakesItsLanguageAndAnUntranslatedLanguageTakesEnglish() {
    assertThat(Messages.load(null, "fr-CA").text("nav.search")).isEqualTo("Recherche");
    assertThat(Messages.load(null, "de-AT").text("nav.search")).isEqualTo("Suche");
    assertThat(Messages.load(null, "pt-BR").text("nav.search")).isEqualTo("Search");
    assertThat(Messages.load(null, "pt-BR").text("count.stories", 2)).isEqualTo("2 stories");
  }

  @Test
  void aLabelTheSiteGivesInAnotherLanguageOnlyIsSaidToBeMissingThere(@TempDir Path templates) throws Exception {
    java.nio.file.Files.createDirectories(templates.resolve("messages"));
    java.nio.file.Files.writeString(templates.resolve("messages/en.properties"), "harbour.strap=By the quay\n");
    assertThat(Messages.load(templates, "en").text("harbour.strap")).isEqualTo("By the quay");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Messages.load(templates, "fr-FR").text("harbour.strap"))
        .hasMessage("no message 'harbour.strap' for the site's language (fr-FR): only the site's en.properties in "
            + templates.resolve("messages") + " has it; add it to messages/fr.properties there");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Messages.load(templates, "fr-FR").text("harbour.nope"))
        .hasMessage("no message 'harbour.nope' in the theme's messages");
  }

  @Test
  void aSitesOwnMessagesReplaceOnlyTheKeysTheyGive(@TempDir Path templates) throws Exception {
    Files.createDirectories(templates.resolve("messages"));
    Files.writeString(templates.resolve("messages/fr.properties"), "nav.search=Chercher\n");
    Messages t = Messages.load(templates, "fr");
    assertThat(t.text("nav.search")).isEqualTo("Chercher");
    assertThat(t.text("nav.archive")).isEqualTo("Archives");
  }

  @Test
  void aRegionalFileOfTheSiteGoesOverItsLanguagesAndABrokenLabelIsNamedAtLoad(@TempDir Path templates)
      throws Exception {
    Files.createDirectories(templates.resolve("messages"));
    Files.writeString(templates.resolve("messages/en.properties"), "nav.search=Find\nnav.archive=Back issues\n");
    Files.writeString(templates.resolve("messages/en-GB.properties"), "nav.search=Search the paper\n");
    Messages t = Messages.load(templates, "en-GB");
    assertThat(t.text("nav.search")).isEqualTo("Search the paper");
    assertThat(t.text("nav.archive")).isEqualTo("Back issues");
    assertThat(UntranslatedLabels.of(templates, "xx-YY")).isPresent();
    Files.writeString(templates.resolve("messages/en-GB.properties"), "edition.top=Leading {0\n");
    assertThatThrownBy(() -> Messages.load(templates, "en-GB")).isInstanceOf(dev.broadsheet.base.BroadsheetException.class)
        .hasMessageContaining("en-GB.properties").hasMessageContaining("'edition.top'");
  }

  @Test
  void aTemplateGivingALabelAMissingValueOrTooFewFailsInsteadOfPrintingNull() throws Exception {
    Messages t = Messages.load(null, "en");
    freemarker.template.SimpleScalar key = new freemarker.template.SimpleScalar("count.stories");
    assertThat(t.exec(List.of(key, new freemarker.template.SimpleNumber(2)))).isEqualTo("2 stories");
    java.util.List<Object> missing = new ArrayList<>(List.of(key));
    missing.add(null);
    assertThatThrownBy(() -> t.exec(missing)).hasMessageContaining("argument 1 is missing");
    freemarker.template.SimpleScalar two = new freemarker.template.SimpleScalar("source.description");
    assertThatThrownBy(() -> t.exec(List.of(two, new freemarker.template.SimpleScalar("The Courier"))))
        .hasMessageContaining("needs 2 arguments");
    // A record is not text: printed, it would be every field of it.
    record Shown(String title, String fullText) {}
    freemarker.template.TemplateModel wrapped = new RecordWrapper(freemarker.template.Configuration.VERSION_2_3_34)
        .wrap(new Shown("Floods", "The whole extracted text"));
    assertThatThrownBy(() -> t.exec(List.of(key, wrapped))).hasMessageContaining("argument 1 is a Shown, not text");
    // Without arguments, the pattern with its placeholders (for scripts that fill them in).
    assertThat(t.exec(List.of(new freemarker.template.SimpleScalar("search.none")))).asString().contains("{1}");
  }

  @Test
  void aLabelsArgumentsAreCountedInsideAChoiceAndNotBetweenApostrophes() {
    assertThat(Messages.argumentsOf("{0,choice,0#no stories|1#1 story|1<{0,number,integer} stories}")).isEqualTo(1);
    assertThat(Messages.argumentsOf("{0,choice,0#none|1<{0} in {1}}")).isEqualTo(2);
    assertThat(Messages.argumentsOf("No articles match “{1}”.")).isEqualTo(2);
    assertThat(Messages.argumentsOf("A literal '{2}' and l''{0}")).isEqualTo(1);
    assertThat(Messages.argumentsOf("No argument")).isZero();
    // Every label of the theme: counted as MessageFormat counts where no choice nests one.
    for (String language : Messages.LANGUAGES) {
      Messages.themeBundle(language).forEach((key, pattern) -> assertThat(Messages.argumentsOf(pattern)).as(key)
          .isGreaterThanOrEqualTo(new java.text.MessageFormat(pattern).getFormatsByArgumentIndex().length));
    }
  }

  @Test
  void aSitesLabelFilesGoFromItsLanguageToItsScriptToItsWholeTag(@TempDir Path templates) throws Exception {
    Files.createDirectories(templates.resolve("messages"));
    Files.writeString(templates.resolve("messages/zh.properties"), "nav.search=A\nnav.archive=A\nedition.top=A\n");
    Files.writeString(templates.resolve("messages/zh-Hant.properties"), "nav.archive=B\nedition.top=B\n");
    Files.writeString(templates.resolve("messages/zh-hant-tw.properties"), "edition.top=C\n");
    Messages t = Messages.load(templates, "zh-Hant-TW");
    assertThat(List.of(t.text("nav.search"), t.text("nav.archive"), t.text("edition.top"))).containsExactly("A", "B", "C");
  }

  @Test
  void anUnknownKeyIsNamedInTheError() {
    assertThatThrownBy(() -> Messages.load(null, "en").text("no.such.key")).hasMessageContaining("no.such.key");
  }

  private static List<String> counts(String language) {
    Messages t = Messages.load(null, language);
    return List.of(t.text("count.stories", 0), t.text("count.stories", 1), t.text("count.stories", 2),
        t.text("count.stories", 1000));
  }
}
