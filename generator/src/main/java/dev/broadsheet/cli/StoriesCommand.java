package dev.broadsheet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.StoryListing;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.curate.Placement;
import dev.broadsheet.curate.StoriesReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code broadsheet stories}: the current stories from the store, and why they rank as they do. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Lists the current stories from the store: articles, representative, score, where each shows in"
        + " its edition and why not higher, related stories.")
final class StoriesCommand implements Callable<Integer> {
  @CommandLine.Mixin SiteDirectory site;

  @Option(names = "--json", description = "Print one JSON document (see docs/stories-json.md).")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where the story shows, and what kept it lower, as an editor reads it. */
  static String placement(StoriesReport.PlacementEntry p) {
    String where = switch (p.place()) {
      case TOP_STORY -> "a top story";
      case PICK -> "under the editors' picks";
      case SECTION -> "in its section";
      case NOT_SHOWN -> "not shown in its edition";
    };
    String why = p.reason() == null ? "" : switch (p.reason()) {
      case NONE -> "";
      case RANKED_LOWER -> "; the top stories were full";
      case ALIKE_A_TOP_STORY -> "; not a top story: alike the top story " + p.alike() + " (as alike as reports"
          + " that merge, curation.mergeThreshold, with headlines that share words): likely the same news, which would"
          + " show twice (about two in three such are, on real headlines; a higher curation.mergeThreshold keeps fewer out, and merges fewer stories)";
      case SOURCE_CAP -> p.place() == Placement.Place.SECTION
          ? "; not a top story: its source already has editions.maxPerSource top stories"
          : ": its source already has editions.maxPerSource stories in the edition";
      case SECTION_CAP -> ": its section already has editions.maxPerSection stories in the edition";
      case EDITION_FULL -> ": the edition already holds editions.maxStories stories";
    };
    return where + why;
  }

  @Override
  public Integer call() throws IOException {
    Integer notASite = site.refuseNonSite(spec);
    if (notASite != null) {
      return notASite;
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StoryListing listing;
    try {
      listing = Broadsheet.stories(site.path);
    } catch (BroadsheetException e) {
      e.problems().forEach(p -> err.println("  " + p.told()));
      return Main.FAILED;
    }
    StoriesReport report = listing.report();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else {
      for (StoriesReport.StoryEntry s : report.stories()) {
        // A story no edition lists has no edition date: dashes keep the columns.
        out.printf("%s  %s  [%s]  %s%n", s.edition() == null ? "----------" : s.edition(), s.id(), s.section(),
            s.articles().get(0).title());
        out.println("    score " + s.score().explain());
        if (s.placement() != null) {
          out.println("    " + placement(s.placement()));
        }
        // A story told over several days: where each other day's edition shows it, and by which report.
        for (StoriesReport.EditionEntry e : s.editions() == null ? List.<StoriesReport.EditionEntry>of() : s.editions()) {
          if (!e.edition().equals(s.edition()) && e.placement() != null) {
            String lead = s.articles().stream().filter(a -> a.id().equals(e.representative())).map(a -> a.title())
                .findFirst().orElse(e.representative());
            out.println("    " + e.edition() + ": " + placement(e.placement()).replace("its edition", "that edition")
                + "; led by \"" + lead + "\"");
          }
        }
        for (StoriesReport.ArticleEntry a : s.articles()) {
          // An item without a link is told by its headline; one without a publisher by its source.
          String who = a.publisher() != null ? a.publisher() : a.source() != null ? a.source() : "(publisher unknown)";
          String what = a.url() != null ? a.url() : "(no link) " + a.title();
          out.println("    - " + who + (a.via() == null ? "" : " via " + a.via()) + ": " + what
              + (a.why() == null ? "" : "  (" + String.format(java.util.Locale.ROOT, "%.2f", a.why().similarity())
                  + " alike; shares " + String.join(", ", a.why().shared()) + ")"));
        }
        if (!s.related().isEmpty()) {
          out.println("    related: " + String.join(", ", s.related()));
        }
      }
    }
    listing.problems().forEach(p -> err.println("  " + p.told()));
    out.flush();
    return Main.OK;
  }
}
