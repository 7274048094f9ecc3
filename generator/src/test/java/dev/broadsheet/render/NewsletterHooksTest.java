package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hook the newsletter never calls is said, at its line: what it writes would be left out without a word. */
class NewsletterHooksTest {
  @TempDir Path templates;

  @Test
  void aMisspeltHookAndOneWithoutItsParameterAreNamedAtTheirLines() throws Exception {
    Files.writeString(templates.resolve("newsletter-hooks.ftlh"), """
        <#macro preheader e>Today</#macro>
        <#macro botom e><a href="*|UNSUB|*">Unsubscribe</a></#macro>
        <#macro footer e>Quay Road 1</#macro>
        """);
    Files.writeString(templates.resolve("newsletter-hooks-text.ftl"), """
        <#-- <#macro top e> in a comment is still read as one: harmless, it is called -->
        <#macro top>View online
        </#macro>
        <#macro preheader e>Not in the text part</#macro>
        """);
    assertThat(NewsletterHooks.problems(templates)).extracting(Problem::toString).containsExactly(
        templates.resolve("newsletter-hooks.ftlh") + ":2: warning: the newsletter calls no macro 'botom' (only bottom,"
            + " preheader, top), so what it writes is left out; did you mean bottom?",
        templates.resolve("newsletter-hooks.ftlh") + ":3: warning: the newsletter calls no macro 'footer' (only bottom,"
            + " preheader, top), so what it writes is left out",
        templates.resolve("newsletter-hooks-text.ftl") + ":2: warning: the macro 'top' is given the edition: declare"
            + " it as <#macro top e>",
        templates.resolve("newsletter-hooks-text.ftl") + ":4: warning: the newsletter calls no macro 'preheader'"
            + " (only bottom, top), so what it writes is left out");
  }

  @Test
  void aSiteWithoutHooksOrWithRightOnesHasNothingToHear() throws Exception {
    assertThat(NewsletterHooks.problems(templates)).isEmpty();
    Files.writeString(templates.resolve("newsletter-hooks.ftlh"), "<#macro bottom e>x</#macro><#macro top edition>y</#macro>");
    assertThat(NewsletterHooks.problems(templates)).isEmpty();
  }
}
