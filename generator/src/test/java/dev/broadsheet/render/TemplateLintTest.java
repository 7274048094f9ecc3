package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLintTest {
  @TempDir Path templates;

  @Test
  void anEndlessLoopThatDoesNothingIsAnErrorAtItsLineBeforeAnyPageRenders() throws Exception {
    Path file = templates.resolve("index.ftlh");
    Files.writeString(file, "<p>\n<#list 1.. as i>\n</#list>\n");
    BroadsheetException e = catchThrowableOfType(BroadsheetException.class, () -> TemplateLint.check(templates));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo(file + ":2");
      assertThat(p.message()).contains("would never end");
    });
  }

  @Test
  void anEndlessLoopThatStopsItselfOrALoopWithAnEndIsLeftAlone() throws Exception {
    Files.writeString(templates.resolve("index.ftlh"), "<#list 1.. as i><#if i gt 3><#break></#if>${i}</#list>\n"
        + "<#list 1..10 as i></#list>\n<#-- never: <#list 1.. as i></#list> -->\n"
        + "<#noparse><#list 1.. as i></#list></#noparse>\n");
    assertThat(TemplateLint.check(templates)).isEmpty();
  }

  @Test
  void aPublishersPlainTextPrintedAsHtmlIsWarnedOfButSanitizedHtmlIsNot() throws Exception {
    Path file = templates.resolve("article.ftlh");
    Files.writeString(file, "<#assign a = article.item.article>\n<h1>${a.title?no_esc}</h1>\n"
        + "${a.summaryHtml?no_esc}${h.fullText(a)?no_esc}\n<p>${h.teaser(a)?no_esc}</p>\n"
        + "<p>${site.title?no_esc} ${story.lead.article.publisher?no_esc}</p>\n"
        + "<#list h.tags(a) as tag>${tag.name?no_esc}</#list>\n");
    // The site's own title is its owner's to print as they like.
    assertThat(TemplateLint.check(templates)).extracting(Problem::where)
        .containsExactly(file + ":2", file + ":4", file + ":5", file + ":6");
    assertThat(TemplateLint.check(templates)).allMatch(Problem::isWarning);
  }

  @Test
  void sanitizedHtmlPrintedEscapedInAnHtmlTemplateIsWarnedOfWithTheWayToPrintIt() throws Exception {
    Path file = templates.resolve("article.ftlh");
    Files.writeString(file, "<#assign a = article.item.article>\n<div>${a.summaryHtml}</div>\n${a.summaryHtml?no_esc}\n"
        + "<p>${story.pick.noteHtml!}</p>\n");
    Files.writeString(templates.resolve("newsletter-text.ftl"), "${a.summaryHtml}\n");
    Files.writeString(templates.resolve("head.ftlh"), "<meta name=\"description\" content=\"${a.summaryHtml}\">\n"
        + "<#outputformat \"plainText\">${a.summaryHtml}</#outputformat>\n<#noautoesc>${a.summaryHtml}</#noautoesc>\n");
    assertThat(TemplateLint.check(templates)).extracting(Problem::toString).containsExactly(
        file + ":2: warning: a.summaryHtml holds HTML (sanitized), which this .ftlh template escapes: readers see its"
            + " tags as text (&lt;p&gt;); print it with ?no_esc, as the theme does (${a.summaryHtml?no_esc})",
        file + ":4: warning: story.pick.noteHtml holds HTML (sanitized), which this .ftlh template escapes: readers"
            + " see its tags as text (&lt;p&gt;); print it with ?no_esc, as the theme does"
            + " (${siteHtml(story.pick.noteHtml)?no_esc})");
  }
}
