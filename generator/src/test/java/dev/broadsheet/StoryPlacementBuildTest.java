package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.cli.Main;
import dev.broadsheet.curate.Placement;
import dev.broadsheet.curate.StoriesReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet stories} says where each story shows in its edition, and what kept it lower. */
class StoryPlacementBuildTest {
  @TempDir Path temp;

  @Test
  void eachStorySaysWhereItShowsAndWhyNotHigher() throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    String yaml = Files.readString(site.resolve("broadsheet.yaml"));
    Files.writeString(site.resolve("broadsheet.yaml"), yaml.replace("topStories: 5", "topStories: 4\n  maxPerSection: 1"));
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    StoriesReport report = Broadsheet.stories(site).report();
    Map<String, StoriesReport.StoryEntry> byId = report.stories().stream()
        .collect(Collectors.toMap(StoriesReport.StoryEntry::id, Function.identity()));
    List<StoriesReport.StoryEntry> placed = report.stories().stream().filter(s -> s.placement() != null).toList();
    assertThat(placed).hasSameSizeAs(report.stories());
    // Each edition: its top stories, its picks, a story per section, the rest not shown for the cap.
    assertThat(placed).extracting(s -> s.placement().place()).contains(Placement.Place.TOP_STORY,
        Placement.Place.PICK, Placement.Place.SECTION, Placement.Place.NOT_SHOWN);
    for (StoriesReport.StoryEntry s : placed) {
      StoriesReport.PlacementEntry p = s.placement();
      assertThat(p.place() == Placement.Place.NOT_SHOWN).as(s.id()).isEqualTo(s.edition() == null);
      if (p.place() == Placement.Place.NOT_SHOWN) {
        assertThat(p.reason()).as(s.id()).isIn(Placement.Reason.SECTION_CAP, Placement.Reason.SOURCE_CAP,
            Placement.Reason.EDITION_FULL);
      }
      if (p.reason() == Placement.Reason.ALIKE_A_TOP_STORY) {
        StoriesReport.StoryEntry top = byId.get(p.alike());
        assertThat(top.placement().place()).isEqualTo(Placement.Place.TOP_STORY);
        assertThat(top.edition()).isEqualTo(s.edition());
      }
    }
    // The sample site has a story kept from the top stories as alike a top story (a ferry terminal
    // mural, beside a ferry timetable story): the command names it.
    StringWriter out = new StringWriter();
    assertThat(Main.run(new String[] {"stories", site.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter())))
        .isZero();
    assertThat(out.toString()).contains("    a top story\n").contains("    under the editors' picks\n")
        .contains("not a top story: alike the top story ").contains("not shown in its edition: its section already has"
            + " editions.maxPerSection stories in the edition").doesNotContain("null");
    StringWriter json = new StringWriter();
    Main.run(new String[] {"stories", site.toString(), "--json"}, new PrintWriter(json), new PrintWriter(new StringWriter()));
    assertThat(json.toString()).contains("\"place\" : \"top-story\"").contains("\"reason\" : \"section-cap\"")
        .contains("\"reason\" : \"alike-a-top-story\"");
  }
}
