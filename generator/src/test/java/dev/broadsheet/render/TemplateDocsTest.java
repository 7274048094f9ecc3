package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Score;
import dev.broadsheet.curate.Story;
import dev.broadsheet.picks.Page;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticlePage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The template model reference names every field templates can use, so the two cannot drift. */
class TemplateDocsTest {
  @Test
  void theTemplateModelReferenceNamesEveryField() throws Exception {
    String text = Files.readString(Path.of("..", "docs", "templates.md"));
    List<String> missing = new ArrayList<>();
    for (Class<?> type : List.of(Views.Site.class, Views.NavLink.class, Views.Page.class, Views.EditionPage.class,
        Views.ArticlePage.class, Views.Listing.class, Views.Pagination.class, Views.ArchiveMonth.class, Edition.class,
        Edition.Section.class, Story.class, Story.Item.class, Score.class, Article.class, ArticlePage.class,
        Pick.class, Page.class)) {
      for (var component : type.getRecordComponents()) {
        if (!text.contains("`" + component.getName() + "`")) {
          missing.add(type.getSimpleName() + "." + component.getName());
        }
      }
    }
    for (var method : TemplateHelpers.class.getDeclaredMethods()) {
      if (java.lang.reflect.Modifier.isPublic(method.getModifiers()) && !text.contains("h." + method.getName() + "(")) {
        missing.add("h." + method.getName());
      }
    }
    assertThat(missing).isEmpty();
  }
}
