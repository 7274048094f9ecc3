package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteHtmlTest {
  @Test
  void siteFilesAreResolvedFromThePageAndNothingBecomesAScheme() {
    Links home = new Links("", "/town/", true);
    Links picks = new Links("picks/", "/town/", true);
    assertThat(SiteHtml.resolve("<p><img src=\"/images/m.png\" alt=\"m\"> <a href=\"about/\">About</a></p>", "/town/", picks::to))
        .isEqualTo("<p><img src=\"../images/m.png\" alt=\"m\"> <a href=\"../about/index.html\">About</a></p>");
    // Scripts, data and mail stay as the sanitized note had them: never made into schemes.
    for (String href : new String[] {"/javascript:alert(1)", "/picks/javascript:alert(1)", "/data:text/html,x",
        "mailto:ed@x.org", "https://x.example/", "#top", "//cdn.example/x", "/town/javascript:alert(1)"}) {
      String html = "<a href=\"" + href + "\">x</a>";
      for (Links page : new Links[] {home, picks}) {
        String resolved = SiteHtml.resolve(html, "/town/", page::to);
        assertThat(resolved).as(href).doesNotContain("href=\"javascript").doesNotContain("href=\"data");
        if (!href.startsWith("/")) {
          assertThat(resolved).as(href).isEqualTo(html);
        }
      }
    }
    assertThat(SiteHtml.resolve("<a href=\"/picks/javascript:alert(1)\">x</a>", "/town/", picks::to))
        .isEqualTo("<a href=\"./javascript:alert(1)\">x</a>");
    // A file whose name holds a colon stays a path from its own folder.
    assertThat(new Links("images/", "/", true).to("images/a:b.png")).isEqualTo("./a:b.png");
  }

  @Test
  void aRootPathThatAlreadyHoldsTheSitesSubPathNamesTheSameFileOnce() {
    Links picks = new Links("picks/", "/town/", true);
    assertThat(SiteHtml.resolve("<img src=\"/town/images/m.png\" alt=\"m\"> <a href=\"/town/\">Home</a>", "/town/",
        picks::to)).isEqualTo("<img src=\"../images/m.png\" alt=\"m\"> <a href=\"../index.html\">Home</a>");
    // Another folder that merely starts like the sub-path is a path of the site; so is any path at the root.
    assertThat(SiteHtml.resolve("<a href=\"/townhall/\">x</a>", "/town/", picks::to))
        .isEqualTo("<a href=\"../townhall/index.html\">x</a>");
    assertThat(SiteHtml.resolve("<a href=\"/town/a/\">x</a>", "/", new Links("picks/", "/", true)::to))
        .isEqualTo("<a href=\"../town/a/index.html\">x</a>");
    assertThat(SiteHtml.resolve("<a href=\"/town/about/\">x</a>", "/town/", p -> "https://x.example/town/" + p))
        .isEqualTo("<a href=\"https://x.example/town/about/\">x</a>");
  }

  @Test
  void forMailLinksTakeTheirColourAndPicturesStayWithinTheColumn() {
    assertThat(SiteHtml.withLinkStyle("<p>See <a href=\"https://e.org/\">the chart</a>:</p>"
        + "<p><img src=\"https://e.org/images/tide.png\" alt=\"Tide chart\"></p>", "color:#a3271f;"))
        .isEqualTo("<p style=\"margin:8px 0 0 0;\">See <a href=\"https://e.org/\" style=\"color:#a3271f;\">the chart</a>:</p>"
            + "<p style=\"margin:8px 0 0 0;\"><img src=\"https://e.org/images/tide.png\" alt=\"Tide chart\" style=\"max-width:100%;height:auto;\"></p>");
  }

  @Test
  void forMailANotesTableListAndQuoteCarryTheirOwnSpacing() {
    String html = SiteHtml.withLinkStyle("<table><thead><tr><th>Ward</th><th>For</th></tr></thead>"
        + "<tbody><tr><td>Old Town</td><td>19</td></tr></tbody></table><ul><li>one</li></ul>"
        + "<blockquote><p>said</p></blockquote><pre><code>x</code></pre>", "color:red;");
    // Without padding of their own a phone's mail program ran the columns together ("For Against").
    assertThat(html).contains("<th style=\"padding:4px 8px;").contains("<td style=\"padding:4px 8px;")
        .contains("<table style=\"margin:8px 0 0 0;border-collapse:collapse;").contains("<ul style=\"margin:8px 0 0 0;")
        .contains("<li style=\"margin:0 0 4px 0;\">").contains("<blockquote style=\"margin:8px 12px 0 12px;")
        .contains("<pre style=\"margin:8px 0 0 0;white-space:pre-wrap;");
  }
}
