package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site puts its mail tool's placeholders into the newsletters through the small hooks files,
 * without copying the newsletter templates: each hook it leaves out keeps the theme's default (the
 * preview line) or adds nothing, and the files are no "unused template" to warn of.
 */
class NewsletterHooksBuildTest {
  @TempDir Path temp;

  @Test
  void aSitesHooksPutItsMailToolsPlaceholdersInBothPartsOfEveryNewsletter() throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    Path templates = Files.createDirectories(site.resolve("templates"));
    // Only the bottom hook of the HTML part: the preheader and the top are left out.
    Files.writeString(templates.resolve("newsletter-hooks.ftlh"), """
        <#macro bottom e><a href="*|UNSUB|*" style="color:#5a6068;">Unsubscribe</a> from ${"Port & Co"}.</#macro>
        """);
    Files.writeString(templates.resolve("newsletter-hooks-text.ftl"), """
        <#macro top e>View it online: {{view_url}} from ${"Port & Co"}
        </#macro>
        <#macro bottom e>Unsubscribe: *|UNSUB|*
        </#macro>
        """);
    BuildResult result = SampleSite.build(site, "2026-11-25T06:00:00Z");

    assertThat(result.problems()).isEmpty();
    Path edition = site.resolve("public/editions/2026/11/24");
    Document mail = Jsoup.parse(edition.resolve("newsletter.html").toFile(), "UTF-8");
    assertThat(mail.select("a[href='*|UNSUB|*']").text()).isEqualTo("Unsubscribe");
    // Escaped in the HTML part, as written in the plain text.
    assertThat(Files.readString(edition.resolve("newsletter.html"))).contains("Unsubscribe</a> from Port &amp; Co.");
    // The preheader left out keeps the theme's; the top left out adds no empty row.
    assertThat(mail.body().child(0).attr("style")).contains("display:none");
    assertThat(mail.body().child(0).text()).startsWith(mail.selectFirst("h3").text() + " · ");
    assertThat(mail.select("td.nl-pad").first().select("h1")).isNotEmpty();
    String text = Files.readString(edition.resolve("newsletter.txt"));
    assertThat(text).startsWith("View it online: {{view_url}} from Port & Co\nTHE PORT ALDER DIGEST\n")
        .endsWith("\nUnsubscribe: *|UNSUB|*\n");
  }

  @Test
  void aMisspeltHookIsWarnedOfSinceWhatItWritesWouldBeLeftOut() throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    Path hooks = Files.createDirectories(site.resolve("templates")).resolve("newsletter-hooks.ftlh");
    Files.writeString(hooks, "<#macro botom e><a href=\"*|UNSUB|*\">Unsubscribe</a></#macro>\n");
    assertThat(SampleSite.build(site, "2026-11-25T06:00:00Z").problems()).extracting(Object::toString)
        .containsExactly(hooks + ":1: warning: the newsletter calls no macro 'botom' (only bottom, preheader, top),"
            + " so what it writes is left out; did you mean bottom?");
  }

  @Test
  void anEmptyPreheaderHookLeavesThePreviewLineOut() throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    Files.writeString(Files.createDirectories(site.resolve("templates")).resolve("newsletter-hooks.ftlh"),
        "<#macro preheader e></#macro>\n");
    assertThat(SampleSite.build(site, "2026-11-25T06:00:00Z").problems()).isEmpty();
    Document mail = Jsoup.parse(site.resolve("public/editions/2026/11/24/newsletter.html").toFile(), "UTF-8");
    assertThat(mail.body().child(0).tagName()).isEqualTo("table");
  }

  @Test
  void aSitesAccentGivenInItsHooksColoursTheNewsletterWhichReadsNoCustomProperties() throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    Files.writeString(Files.createDirectories(site.resolve("templates")).resolve("newsletter-hooks.ftlh"),
        "<#assign accent = \"#0a6e4f\">\n");
    assertThat(SampleSite.build(site, "2026-11-25T06:00:00Z").problems()).isEmpty();
    String mail = Files.readString(site.resolve("public/editions/2026/11/24/newsletter.html"));
    assertThat(mail).contains("color:#0a6e4f;").doesNotContain("#a3271f");
    // The picks' notes' links too, styled by a helper.
    assertThat(Jsoup.parse(mail).select("td[style*=#f3ecd9] a")).isNotEmpty()
        .allSatisfy(a -> assertThat(a.attr("style")).contains("color:#0a6e4f;"));
  }

  @Test
  void withoutHooksTheNewslettersEndWithTheCreditsAndTheEditionsAddress() throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    Path edition = site.resolve("public/editions/2026/11/24");
    String text = Files.readString(edition.resolve("newsletter.txt"));
    assertThat(text).startsWith("THE PORT ALDER DIGEST\n")
        .endsWith("\nOn the web: https://digest.port-alder.example/editions/2026/11/24/\n");
    Document mail = Jsoup.parse(edition.resolve("newsletter.html").toFile(), "UTF-8");
    assertThat(mail.select("td.nl-pad").last().text()).endsWith("Read this edition on the web.");
  }
}
