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
        .isEqualTo("<p>See <a rel=\"nofollow\" href=\"https://tracker.example/pixel.png\" title=\"Votes\">the chart</a> and"
            + " <a rel=\"nofollow\" href=\"//cdn.example/x.png\">image</a>.</p>")
        .doesNotContain("<img");
    assertThat(body("![Map](images/map.png)")).isEqualTo("<p><img src=\"images/map.png\" alt=\"Map\" /></p>");
  }
}
