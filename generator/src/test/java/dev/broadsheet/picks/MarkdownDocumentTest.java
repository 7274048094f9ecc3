package dev.broadsheet.picks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownDocumentTest {
  private final MarkdownDocument markdown = new MarkdownDocument();

  private String body(String text) {
    return markdown.parse(text, Map.class, "picks/p.md").bodyHtml();
  }

  @Test
  void anImageFromAnotherServerBecomesALinkToItAndTheSitesOwnStaysAnImage() {
    assertThat(body("See ![the chart](https://tracker.example/pixel.png \"Votes\") and ![](//cdn.example/x.png)."))
        .isEqualTo("<p>See <a href=\"https://tracker.example/pixel.png\" title=\"Votes\">the chart</a> and"
            + " <a href=\"//cdn.example/x.png\">image</a>.</p>")
        .doesNotContain("<img");
    assertThat(body("![Map](images/map.png)")).isEqualTo("<p><img src=\"images/map.png\" alt=\"Map\" /></p>");
  }

  @Test
  void theEditorsLinksAreNotMarkedNofollowAndScriptAddressesStayOut() {
    assertThat(body("See [the search](search/) and [the council](https://council.example/vote).")).isEqualTo(
        "<p>See <a href=\"search/\">the search</a> and <a href=\"https://council.example/vote\">the council</a>.</p>");
    assertThat(body("[x](javascript:alert(1)) [y](data:text/html,hi)")).doesNotContain("javascript:", "data:");
  }

  @Test
  void aLinkWithSpacesOrAccentsIsWrittenAsAValidAddressAndOneAlreadyEncodedIsLeftAlone() {
    assertThat(body("[guide](<docs/guide complet.txt>) [marées](https://port.example/avis/marées?a=1&b=2)"
        + " [done](https://port.example/a%20b)")).isEqualTo("<p><a href=\"docs/guide%20complet.txt\">guide</a>"
        + " <a href=\"https://port.example/avis/mar%C3%A9es?a=1&amp;b=2\">marées</a>"
        + " <a href=\"https://port.example/a%20b\">done</a></p>");
  }
}
