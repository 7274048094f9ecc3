package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void relativeLinksClimbOutOfTheCurrentFolder() {
    Links fromArticle = new Links("articles/some-story/", "/news/", true);
    assertThat(fromArticle.to("sections/world/")).isEqualTo("../../sections/world/index.html");
    assertThat(fromArticle.to("")).isEqualTo("../../index.html");
    assertThat(fromArticle.to("assets/style.css")).isEqualTo("../../assets/style.css");
    assertThat(fromArticle.to("/picks/#top")).isEqualTo("../../picks/index.html#top");
  }

  @Test
  void relativeLinksOnlyClimbToTheSharedFolder() {
    Links fromEdition = new Links("editions/2026/11/20/", "/", true);
    assertThat(fromEdition.to("editions/2026/11/19/")).isEqualTo("../19/index.html");
    assertThat(fromEdition.to("editions/2026/10/31/")).isEqualTo("../../10/31/index.html");
    assertThat(fromEdition.to("editions/2026/11/20/")).isEqualTo("index.html");
    assertThat(new Links("editions/", "/", true).to("editions/2026/11/19/")).isEqualTo("2026/11/19/index.html");
  }

  @Test
  void relativeLinksFromTheHomePage() {
    Links fromHome = new Links("", "/", true);
    assertThat(fromHome.to("editions/2026/11/20/")).isEqualTo("editions/2026/11/20/index.html");
    assertThat(fromHome.to("404.html")).isEqualTo("404.html");
  }

  @Test
  void rootedLinksUseTheBasePath() {
    Links links = new Links("articles/x/", "/news", false);
    assertThat(links.to("sections/world/")).isEqualTo("/news/sections/world/");
    assertThat(links.to("")).isEqualTo("/news/");
  }

  @Test
  void absoluteUrlsHangOffTheBaseUrl() {
    assertThat(Links.absolute(URI.create("https://user.github.io/news/"), "articles/x/"))
        .isEqualTo("https://user.github.io/news/articles/x/");
    assertThat(Links.fileOf("articles/x/")).isEqualTo("articles/x/index.html");
    assertThat(Links.fileOf("")).isEqualTo("index.html");
  }

  @Test
  void aThemeFileIsLinkedWithTheThemesVersionAsItsQuery() {
    Links fromArticle = new Links("articles/a/", "/", true);
    assertThat(new AssetLinks(fromArticle, "0123abcdef").to("assets/search.js")).isEqualTo("../../assets/search.js?v=0123abcdef");
    assertThat(new AssetLinks(fromArticle, "").to("assets/search.js")).isEqualTo("../../assets/search.js");
    assertThat(AssetLinks.version()).matches("[0-9a-f]{10}").isEqualTo(AssetLinks.version());
  }
}
