package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds one after another, as the renderer sees them: pages rendered ({@code look}) or kept as
 * published ({@code kept}); the published site in {@code output} is what the earlier builds left.
 */
class AttributionCheckTest {
  private static final String STAMP = "stamp-1";

  @TempDir
  Path site;
  private Path templates;
  private Path cache;
  private Path output;

  @BeforeEach
  void siteWithItsOwnArticleTemplate() throws Exception {
    templates = Files.createDirectories(site.resolve("templates"));
    Files.writeString(templates.resolve("article.ftlh"), "<h1>${article.item.article.title}</h1>\n");
    cache = Files.createDirectories(site.resolve(".broadsheet-cache"));
    output = Files.createDirectories(site.resolve("public"));
  }

  private static String url(String page) {
    return "https://news.example/" + page + "?a=1&b=2";
  }

  /** A page with the link to its original, as an .ftlh template escapes it, or without. */
  private static byte[] page(String page, boolean linked) {
    return ("<h1>" + page + "</h1>" + (linked ? "<a href=\"" + url(page).replace("&", "&amp;") + "\">original</a>" : "")
        + "<script type=\"application/ld+json\">{\"url\":\"" + url(page) + "\"}</script>").getBytes(StandardCharsets.UTF_8);
  }

  private AttributionCheck build() {
    return new AttributionCheck(templates, cache, STAMP);
  }

  private void published(String page, boolean linked) throws Exception {
    Path file = output.resolve(Links.fileOf("articles/" + page + "/"));
    Files.createDirectories(file.getParent());
    Files.write(file, page(page, linked));
  }

  private static void render(AttributionCheck check, String page, boolean linked) {
    check.look("articles/" + page + "/", url(page), page(page, linked));
  }

  private static void keep(AttributionCheck check, String... pages) {
    for (String page : pages) {
      check.kept("articles/" + page + "/", url(page));
    }
  }

  /** The page the warning names, if any, after which the build saves what it found. */
  private Optional<String> named(AttributionCheck check) {
    Optional<Problem> problem = check.problem(file -> {
      try {
        return Files.readAllBytes(output.resolve(file));
      } catch (java.io.IOException e) {
        return null;
      }
    });
    check.save();
    return problem.map(p -> p.message().replaceFirst("^.*\\(the first: ([^)]*)\\).*$", "$1"));
  }

  /** The first build: a, b and c rendered, b and c without the link. */
  private void firstBuild() throws Exception {
    AttributionCheck first = build();
    render(first, "c", false);
    render(first, "a", true);
    render(first, "b", false);
    assertThat(named(first)).contains("articles/b/");
  }

  @Test
  void whileTheFirstPageWithoutTheLinkIsKeptItIsNamedWithoutReadingAnyPage() throws Exception {
    firstBuild();
    // Nothing is published: a page read would be found unreadable, and the memory forgotten.
    AttributionCheck second = build();
    keep(second, "a", "c", "b");
    assertThat(named(second)).contains("articles/b/");
    assertThat(Files.readString(cache.resolve(AttributionCheck.FILE)))
        .isEqualTo("broadsheet-attribution 1 " + STAMP + "\narticles/b/\n");
  }

  @Test
  void aPageRenderedWithoutTheLinkBeforeTheRememberedOneIsNamed() throws Exception {
    firstBuild();
    AttributionCheck second = build();
    keep(second, "b", "c");
    render(second, "a", false);
    assertThat(named(second)).contains("articles/a/");
  }

  @Test
  void whenTheRememberedPageNowLinksTheKeptPagesAfterItAreRead() throws Exception {
    firstBuild();
    published("a", true);
    published("c", false);
    AttributionCheck second = build();
    keep(second, "a", "c");
    render(second, "b", true);
    assertThat(named(second)).contains("articles/c/");
  }

  @Test
  void whenTheRememberedPageIsGoneTheKeptPagesAfterItAreRead() throws Exception {
    firstBuild();
    published("c", false);
    AttributionCheck second = build();
    // "a" was before the remembered page, so it had the link: not read, though it cannot be.
    keep(second, "a", "c");
    assertThat(named(second)).contains("articles/c/");
    AttributionCheck third = build();
    keep(third, "a", "c");
    assertThat(named(third)).contains("articles/c/");
  }

  @Test
  void aMemoryOfOtherTemplatesOrNoneAtAllIsReplacedByReadingTheKeptPages() throws Exception {
    published("a", true);
    published("b", false);
    published("c", false);
    Files.writeString(cache.resolve(AttributionCheck.FILE), "broadsheet-attribution 1 stamp-0\n\n");
    AttributionCheck second = build();
    keep(second, "a", "b", "c");
    assertThat(named(second)).contains("articles/b/");
    assertThat(Files.readString(cache.resolve(AttributionCheck.FILE)))
        .isEqualTo("broadsheet-attribution 1 " + STAMP + "\narticles/b/\n");
  }

  @Test
  void whenEveryPageLinksNoneIsRememberedAndNoKeptPageIsRead() throws Exception {
    AttributionCheck first = build();
    render(first, "a", true);
    render(first, "b", true);
    assertThat(named(first)).isEmpty();
    AttributionCheck second = build();
    keep(second, "a", "b");
    assertThat(named(second)).isEmpty();
    assertThat(Files.readString(cache.resolve(AttributionCheck.FILE))).isEqualTo("broadsheet-attribution 1 " + STAMP + "\n\n");
  }

  @Test
  void aKeptPageThatCannotBeReadIsNotVouchedForNextTime() throws Exception {
    published("c", false);
    AttributionCheck second = build();
    // No memory, and "a" is not in the published site: whether it links is not known.
    keep(second, "a", "c");
    assertThat(named(second)).contains("articles/c/");
    assertThat(cache.resolve(AttributionCheck.FILE)).doesNotExist();
  }

  @Test
  void aSiteWithoutTemplatesOfItsOwnIsNotLookedAt() throws Exception {
    Files.delete(templates.resolve("article.ftlh"));
    AttributionCheck check = build();
    render(check, "a", false);
    assertThat(named(check)).isEmpty();
    assertThat(cache.resolve(AttributionCheck.FILE)).doesNotExist();
  }
}
