package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.broadsheet.base.BroadsheetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {
  private static final Duration LIMIT = Duration.ofSeconds(1);

  @TempDir Path templates;

  private TemplateEngine engine() {
    return new TemplateEngine(templates, Locale.ENGLISH, TimeZone.getTimeZone("UTC"), LIMIT);
  }

  private String problemOf(TemplateEngine engine, String template) {
    BroadsheetException e = catchThrowableOfType(BroadsheetException.class, () -> engine.render(template, Map.of()));
    assertThat(e).as("rendering " + template + " fails").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).toString();
  }

  @Test
  void macrosInAnFtlFileEscapeWhatTheyPrintUnlessItIsATextTemplate() throws Exception {
    Files.writeString(templates.resolve("lib.ftl"), "<#macro title t><h1>${t}</h1></#macro>");
    Files.writeString(templates.resolve("page.ftlh"), "<#import \"lib.ftl\" as lib><@lib.title title/>");
    Files.writeString(templates.resolve("note-text.ftl"), "${title}");
    Map<String, Object> model = Map.of("title", "Pwn <img src=x onerror=alert(1)> & co");
    assertThat(new String(engine().render("page.ftlh", model), StandardCharsets.UTF_8))
        .isEqualTo("<h1>Pwn &lt;img src=x onerror=alert(1)&gt; &amp; co</h1>");
    assertThat(new String(engine().render("note-text.ftl", model), StandardCharsets.UTF_8))
        .isEqualTo("Pwn <img src=x onerror=alert(1)> & co");
  }

  @Test
  void anFtlFileWrittenForLegacyEscapingSaysHowToKeepIt() throws Exception {
    Files.writeString(templates.resolve("old.ftl"), "<#macro title t>\n<h1>${t?html}</h1></#macro>");
    Files.writeString(templates.resolve("page.ftlh"), "<#import \"old.ftl\" as old><@old.title \"A & B\"/>");
    assertThat(problemOf(engine(), "page.ftlh")).startsWith(templates.resolve("old.ftl") + ":2: template syntax error:")
        .contains("drop ?html").contains("<#ftl output_format=\"plainText\">");
    Files.writeString(templates.resolve("old.ftl"),
        "<#ftl output_format=\"plainText\">\n<#macro title t><h1>${t?html}</h1></#macro>");
    assertThat(new String(engine().render("page.ftlh", Map.of()), StandardCharsets.UTF_8))
        .isEqualTo("<h1>A &amp; B</h1>");
  }

  @Test
  void aMissingImportOrIncludeSaysItWasNotFound() throws Exception {
    Files.writeString(templates.resolve("page.ftlh"), "<p>\n<#import \"harbor.ftlh\" as h>\n");
    assertThat(problemOf(engine(), "page.ftlh")).startsWith(templates.resolve("page.ftlh") + ":2: template error:"
        + " Template importing failed (for parameter value \"harbor.ftlh\"): Template not found for name \"harbor.ftlh\"");
    Files.writeString(templates.resolve("inc.ftlh"), "<#include \"partials/older.ftlh\">\n");
    assertThat(problemOf(engine(), "inc.ftlh")).contains("not found").contains("partials/older.ftlh");
  }

  @Test
  void aLoopWithoutEndStopsAtTheLimitNamingTheLoopAndItsLine() throws Exception {
    Files.writeString(templates.resolve("endless.ftlh"),
        "<p>\n<#list [1] as x>\n<#list 1.. as i><#assign n = i></#list>\n</#list>\n");
    long start = System.nanoTime();
    String problem = problemOf(engine(), "endless.ftlh");
    assertThat(problem).startsWith(templates.resolve("endless.ftlh") + ":3: template error: a page was still rendering"
        + " after 1 s: a loop without end").contains("(at #list 1.. as i, inside #list [1] as x at "
        + templates.resolve("endless.ftlh") + ":2)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void aLoopWithoutEndInAnImportedTemplateIsReportedAtThatTemplatesLine() throws Exception {
    Files.writeString(templates.resolve("lib.ftlh"), "<#macro count>\n<#assign n = 0>\n<#list 1.. as i>\n"
        + "<#assign n = n + 1><#if n lt 0><#break></#if>\n</#list>\n</#macro>\n");
    Files.writeString(templates.resolve("page.ftlh"), "<#import \"lib.ftlh\" as lib>\n<@lib.count/>\n");
    assertThat(problemOf(engine(), "page.ftlh")).startsWith(templates.resolve("lib.ftlh") + ":3: template error:")
        .contains("at #list 1.. as i");
  }

  @Test
  void aLoopWithoutEndInAFunctionIsReportedAsSuchNotAsTheFunctionsError() throws Exception {
    Files.writeString(templates.resolve("f.ftlh"),
        "<#function first>\n<#list 1.. as i>\n<#if i lt 0><#return i></#if>\n"
        + "</#list>\n</#function>\n<p>${first()}</p>\n");
    assertThat(problemOf(engine(), "f.ftlh")).startsWith(templates.resolve("f.ftlh") + ":2: template error: a page was"
        + " still rendering after 1 s");
    Files.writeString(templates.resolve("i.ftlh"),
        "<#assign t = \"<#list 1.. as i><#assign n = i></#list>\"?interpret>\n"
        + "<@t/>\n");
    assertThat(problemOf(engine(), "i.ftlh")).startsWith(templates.resolve("i.ftlh") + "->anonymous_interpreted:1:"
        + " template error: a page was still rendering after 1 s");
  }

  @Test
  void anErrorInCodeRunWithInterpretSaysWhatWentWrongThereAtTheSitesLine() throws Exception {
    Files.writeString(templates.resolve("i.ftlh"), "<p>\n<#assign t = r\"${nope.x}\"?interpret>\n<@t/>\n");
    String problem = problemOf(engine(), "i.ftlh");
    assertThat(problem).startsWith(templates.resolve("i.ftlh") + ":3: template error: in code run with ?interpret (its"
        + " line 1): The following has evaluated to null or missing: nope");
  }

  @Test
  void anErrorInsideAMacroNamesTheLineThatCalledIt() throws Exception {
    Files.writeString(templates.resolve("lib.ftlh"), "<#macro byline a>\n<p>${a.author}</p>\n</#macro>\n");
    Files.writeString(templates.resolve("page.ftlh"), "<#import \"lib.ftlh\" as lib>\n<h1>x</h1>\n<@lib.byline {}/>\n");
    assertThat(problemOf(engine(), "page.ftlh")).startsWith(templates.resolve("lib.ftlh") + ":2: template error:")
        .endsWith("(called from " + templates.resolve("page.ftlh") + ":3)");
  }

  @Test
  void aThemeMacroCalledWithoutAParameterNamesTheSitesLineNotOnlyTheTheme() throws Exception {
    Files.writeString(templates.resolve("page.ftlh"),
        "<#import \"components.ftlh\" as c>\n\n<@c.storyBlock \"related\" \"Related\"/>\n");
    assertThat(problemOf(engine(), "page.ftlh")).startsWith("theme:components.ftlh:")
        .contains("required parameter \"stories\"").endsWith("(called from " + templates.resolve("page.ftlh") + ":3)");
  }

  @Test
  void aPageGrowingWithoutEndStopsLongBeforeTheTimeLimit() throws Exception {
    Files.writeString(templates.resolve("big.ftlh"), "<#list 1.. as i>${i} </#list>\n");
    TemplateEngine engine = new TemplateEngine(templates, Locale.ENGLISH, TimeZone.getTimeZone("UTC"),
        Duration.ofMinutes(10));
    assertThat(problemOf(engine, "big.ftlh")).startsWith(templates.resolve("big.ftlh") + ":1: template error: a page"
        + " was larger than 64 MB");
  }

  @Test
  void aPageGrowingByHugeStepsStopsAtItsFirstStepPastTheLimitNotOutOfMemory() throws Exception {
    Files.writeString(templates.resolve("huge.ftlh"), "<#list 1.. as i>${\"x\"?left_pad(50000000)}</#list>\n");
    assertThat(problemOf(engine(), "huge.ftlh")).contains("template error: a page was larger than 64 MB");
  }

  @Test
  void onceAPageRanOutOfTimeThoseRenderingThenAndLaterStopToo() throws Exception {
    Files.writeString(templates.resolve("endless.ftlh"), "<#list 1.. as i><#assign n = i></#list>\n");
    Files.writeString(templates.resolve("slow.ftlh"), "<#list 1..2000000000 as i><#assign n = i></#list>\n");
    Files.writeString(templates.resolve("fine.ftlh"), "<p>fine</p>\n");
    TemplateEngine engine = new TemplateEngine(templates, Locale.ENGLISH, TimeZone.getTimeZone("UTC"),
        Duration.ofSeconds(2));
    CompletableFuture<String> endless = CompletableFuture.supplyAsync(() -> problemOf(engine, "endless.ftlh"));
    Thread.sleep(1000);
    // Begun a second later, so still within its own time when the endless page runs out of its.
    String slow = problemOf(engine, "slow.ftlh");
    assertThat(slow).startsWith(templates.resolve("endless.ftlh") + ":1: template error:");
    assertThat(endless.get(30, TimeUnit.SECONDS)).isEqualTo(slow);
    assertThat(problemOf(engine, "fine.ftlh")).as("asked for later").isEqualTo(slow);
  }

  @Test
  void aPageThatFinishesInTimeIsNotTouchedWhenItsLimitPasses() throws Exception {
    Files.writeString(templates.resolve("fine.ftlh"), "<#list 1..3 as i>${i}</#list>\n");
    TemplateEngine engine = engine();
    assertThat(new String(engine.render("fine.ftlh", Map.of()), StandardCharsets.UTF_8)).isEqualTo("123\n");
    Thread.sleep(LIMIT.toMillis() + 300);
    assertThat(new String(engine.render("fine.ftlh", Map.of()), StandardCharsets.UTF_8)).isEqualTo("123\n");
  }

  @Test
  void aMacroCallingItselfWithoutEndStopsAtItsCallNamingTheLine() throws Exception {
    Files.writeString(templates.resolve("deep.ftlh"), "<#macro m n>\n<@m n + 1/>\n</#macro>\n<@m 1/>\n");
    // On a thread with a small stack, as a pool's may be: the depth limit comes first.
    CompletableFuture<String> problem = new CompletableFuture<>();
    Thread small = new Thread(null, () -> problem.complete(problemOf(engine(), "deep.ftlh")), "small", 512 * 1024);
    small.start();
    assertThat(problem.get(30, TimeUnit.SECONDS)).startsWith(templates.resolve("deep.ftlh") + ":2: template error: a"
        + " page was nested 1000 instructions deep: a macro or function that calls itself without end? (at @m n + 1)");
    Files.writeString(templates.resolve("f.ftlh"), "<#function f n>\n<#return f(n + 1)>\n</#function>\n${f(1)}\n");
    assertThat(problemOf(engine(), "f.ftlh")).startsWith(templates.resolve("f.ftlh") + ":2: template error: a page was"
        + " nested 1000 instructions deep");
    // Finite, 250 levels deep (a tree), it renders.
    Files.writeString(templates.resolve("tree.ftlh"),
        "<#macro level n><#if n gt 0><span><@level n - 1/></span></#if></#macro>\n"
        + "<@level 250/>\n");
    assertThat(new String(engine().render("tree.ftlh", Map.of()), StandardCharsets.UTF_8)).contains("<span></span>");
  }
}
