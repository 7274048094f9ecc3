package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UnclosedDirectiveTest {
  @Test
  void readsTheDirectiveFromEitherOfFreemarkersMessages() {
    assertThat(UnclosedDirective.named("Encountered \"</@layout.frame>\", but at this place only this can be closed:"
        + " \"#if\". This usually because")).isEqualTo("if");
    assertThat(UnclosedDirective.named("Unexpected end of file reached. You have an unclosed #list. Check"))
        .isEqualTo("list");
    assertThat(UnclosedDirective.named("Encountered \"/\", but was expecting one of these patterns:")).isNull();
  }

  @Test
  void findsTheInnermostOpenerLeftOpenBeforeTheReportedLineIgnoringCommentsAndClosedPairs() {
    String source = String.join("\n",
        "<#if a>",                       // 1: closed at 3
        "  <#if b/>",                    // 2: self-closing
        "</#if>",                        // 3
        "<#-- <#if commented> -->",      // 4
        "<#if c>",                       // 5: left open
        "  <#if d>x<#else>y</#if>",      // 6
        "  <#iffy> <#if.x>",             // 7: other names
        "<#list xs as x>${x}</#list>",   // 8
        "</@layout.frame>");             // 9: where Freemarker notices
    assertThat(UnclosedDirective.openedAt(source, "if", 9)).isEqualTo(OptionalInt.of(5));
    assertThat(UnclosedDirective.openedAt(source, "if", 4)).isEmpty();
    assertThat(UnclosedDirective.openedAt(source, "list", 9)).isEmpty();
  }
}
