package dev.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Page shapes the extractor was not tuned on, each written by hand: the article must come out
 * whole and nothing else with it.
 */
class GeneralisationTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String NAV = "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>";

  private static final String STORY =
      "<p>The ferry to Kell Island will run twice a day from March, the harbour board said on Tuesday evening.</p>"
          + "<p>Islanders have asked for a second crossing for years, saying a single boat left them stranded in bad weather.</p>"
          + "<p>The board will pay for the extra trips from its reserves until the council agrees a new budget next spring.</p>";

  private String body(String html) {
    return extractor.extract(html, "https://harbour.example/news/ferry").bodyText();
  }

  @Test
  void aPageWrappedInAPostbackFormKeepsItsArticle() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>"
        + "<form name=\"aspnetForm\" method=\"post\" action=\"./ferry.aspx\" id=\"aspnetForm\">"
        + "<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"abc\">" + NAV
        + "<div id=\"ctl00_main\"><h1>Ferry to run twice a day</h1>" + STORY + "</div>"
        + "<div id=\"ctl00_footer\">Contact the harbour office</div></form></body></html>";

    assertThat(body(html)).contains("The ferry to Kell Island", "until the council agrees").doesNotContain("Home");
  }

  @Test
  void rowsOfADataTableSurviveClassesThatContainBoilerplateWords() {
    String table = "<table><tr class=\"head-row\"><th>Company</th><th>Price</th></tr>"
        + "<tr class=\"row share-price\"><td>Harbour Lines</td><td>4.20</td></tr>"
        + "<tr class=\"row-ad-hoc share-price\"><td>Kell Ferries</td><td>1.15</td></tr>"
        + "<tr class=\"nav-row share-price\"><td>Island Air</td><td>8.90</td></tr></table>";
    String html = "<html><head><title>Ferry shares rise</title></head><body>" + NAV
        + "<article><h1>Ferry shares rise</h1>" + STORY + table + "</article></body></html>";

    assertThat(body(html)).contains("Harbour Lines 4.20", "Kell Ferries 1.15", "Island Air 8.90");
  }

  @Test
  void aWrapperNamedLikeAPaywallThatHoldsTheBodyIsKept() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV
        + "<div class=\"story\"><h1>Ferry to run twice a day</h1><div class=\"paywall-wrapper meter-content\">"
        + STORY + "</div></div><div class=\"sidebar\"><p>Most read: tide tables for the week</p></div></body></html>";

    assertThat(body(html).lines()).hasSize(3);
  }

  @Test
  void aShortArticleBeatsASiblingBlockOfTeaserCards() {
    StringBuilder cards = new StringBuilder("<section class=\"more\"><h2>More from the coast</h2>");
    for (int i = 1; i <= 6; i++) {
      cards.append("<article class=\"card\"><h3><a href=\"/news/").append(i).append("\">Storm season, part ").append(i)
          .append(", and what it means for the harbour</a></h3><p>Boats, moorings, nets, insurance and repairs: ")
          .append("what owners should know, and when, before the winter gales arrive in force.</p></article>");
    }
    cards.append("</section>");
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<main><article>"
        + "<h1>Ferry to run twice a day</h1><p>The ferry to Kell Island will run twice a day from March.</p>"
        + "<p>Islanders had asked for a second crossing for years.</p></article>" + cards + "</main></body></html>";

    assertThat(body(html)).isEqualTo("The ferry to Kell Island will run twice a day from March.\n"
        + "Islanders had asked for a second crossing for years.");
  }

  @Test
  void anArticleSplitIntoSiblingBlocksAroundTheLeadImageComesOutWhole() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV
        + "<div class=\"page\"><header><h1>Ferry to run twice a day</h1></header><div class=\"content\">"
        + "<div class=\"text-block\"><p>The ferry to Kell Island will run twice a day from March, the board said.</p></div>"
        + "<div class=\"image-block\"><img src=\"/ferry.jpg\" alt=\"\"></div>"
        + "<div class=\"text-block intro-after-image\">" + STORY + "</div>"
        + "<div class=\"ad-slot\"></div>"
        + "<div class=\"text-block\"><p>A timetable will be published in February, with fares unchanged for now.</p></div>"
        + "</div></div><div class=\"sidebar\"><ul><li><a href=\"/a\">Tide tables</a></li></ul></div></body></html>";

    assertThat(body(html)).startsWith("The ferry to Kell Island will run twice a day from March, the board said.")
        .endsWith("A timetable will be published in February, with fares unchanged for now.");
    assertThat(body(html).lines()).hasSize(5);
  }

  @Test
  void aPersonCardInsideAParagraphLeavesOnlyTheName() {
    String card = "<span class=\"person\"><a href=\"/people/ana-ruiz\">Ana Ruiz</a><span class=\"PersonHoverCard\">"
        + "<b>Ana Ruiz</b> Harbour reporter <a href=\"/a\">Ferry fares frozen until the spring</a>"
        + "<a href=\"/b\">Islanders protest at the harbour office</a><a href=\"/c\">New pier opens to fishing boats</a>"
        + "<a href=\"/people/ana-ruiz\">MORE</a></span></span>";
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<article>"
        + "<h1>Ferry to run twice a day</h1>" + STORY.replace("the harbour board said", "the harbour board's chair, "
        + card + ", said") + "</article></body></html>";

    String text = body(html);
    assertThat(text).contains("the harbour board's chair, Ana Ruiz, said on Tuesday evening.")
        .doesNotContain("Ferry fares frozen", "Islanders protest", "MORE");
  }

  @Test
  void captionsOutsideFigcaptionStayOutOfTheText() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<article>"
        + "<h1>Ferry to run twice a day</h1>" + STORY.substring(0, STORY.indexOf("</p>") + 4)
        + "<div class=\"media\"><p><img src=\"/ferry.jpg\" alt=\"\"></p>"
        + "<span class=\"mediaText\">The Kell Island ferry leaves the harbour at dawn.</span></div>"
        + STORY.substring(STORY.indexOf("</p>") + 4)
        + "<dl class=\"pic\"><dt><img src=\"/pier.jpg\" alt=\"\"></dt><dd>The old pier. Photo: J. Tan</dd></dl>"
        + "<p><img src=\"/gulls.jpg\" alt=\"\"></p><p><em>Gulls over the ferry terminal on Monday.</em></p>"
        + "<p>Fares will not change before the new timetable starts.</p></article></body></html>";

    assertThat(body(html)).doesNotContain("leaves the harbour at dawn", "The old pier", "Gulls over")
        .contains("Fares will not change");
    assertThat(body(html).lines()).hasSize(4);
  }

  @Test
  void aSentenceThatStartsLikeALabelIsKept() {
    String html = "<html><head><title>Talks to resume</title></head><body>" + NAV + "<article><h1>Talks to resume</h1>"
        + "<p>Reuters reported that the talks would resume on Monday in Geneva.</p>"
        + "<p>Photos taken on Sunday show delegates arriving at the hotel.</p>"
        + "<p>Copyright law was not on the agenda, officials said.</p>"
        + "<p>Advertisement</p><p>Reuters</p>"
        + "</article></body></html>";

    assertThat(body(html)).isEqualTo("Reuters reported that the talks would resume on Monday in Geneva.\n"
        + "Photos taken on Sunday show delegates arriving at the hotel.\n"
        + "Copyright law was not on the agenda, officials said.");
  }

  @Test
  void boilerplateAfterTheBodyIsLeftOut() {
    String tail = "<p>(Reporting by Ana Ruiz; Editing by Tom Hale)</p>"
        + "<p>Sign up for our morning newsletter to get the day's harbour news in your inbox.</p>"
        + "<h3>More harbour stories</h3><ul>"
        + "<li><a href=\"/1\">Pier repairs to start in May</a> 2 hours ago</li>"
        + "<li><a href=\"/2\">Fishing quotas cut again this year</a> Yesterday</li>"
        + "<li><a href=\"/3\">Lighthouse keeper retires after forty years</a> Monday</li></ul>"
        + "<p>Comments are moderated and will appear after review, in line with our community guidelines.</p>"
        + "<p>Ana Ruiz is a harbour reporter at the Courier. Contact her at ana@harbour.example.</p>";
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<article>"
        + "<h1>Ferry to run twice a day</h1>" + STORY + tail + "</article></body></html>";

    assertThat(body(html).lines()).hasSize(3);
  }

  @Test
  void anH1UsedAsASubheadInsideTheBodyIsKept() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<article>"
        + "<h1>Ferry to run twice a day</h1>" + STORY
        + "<h1>What comes next</h1><p>The timetable is due in February, according to the harbour board.</p>"
        + "</article></body></html>";

    assertThat(body(html)).doesNotContain("Ferry to run twice a day")
        .endsWith("What comes next\nThe timetable is due in February, according to the harbour board.");
  }

  @Test
  void aShortArticleBeatsHeavierTilesBesideItThroughItsHeadline() {
    StringBuilder cards = new StringBuilder("<div class=\"grid\">");
    for (int i = 1; i <= 5; i++) {
      cards.append("<div class=\"tile\"><span class=\"kicker\">Notes</span><h4>Harbour notes, week ").append(i)
          .append("</h4><p>Moorings, tides, ")
          .append("nets, repairs and fares, all of it, week by week, as the harbour office reports it to us.</p></div>");
    }
    cards.append("</div>");
    // The tiles come first in the page, as a left-hand column does, and open with a label.
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<div class=\"page\">"
        + cards + "<div class=\"story\"><h1>Ferry to run twice a day</h1>"
        + "<p>The ferry to Kell Island will run twice a day from March, the board said.</p>"
        + "<p>Islanders had asked for a second crossing for years, and welcomed the news.</p></div>"
        + "</div></body></html>";

    assertThat(body(html)).startsWith("The ferry to Kell Island").doesNotContain("Harbour notes", "Moorings");
  }

  @Test
  void aCommentThreadLongerThanTheArticleIsNotTheArticle() {
    StringBuilder comments = new StringBuilder("<section id=\"comments\">");
    for (int i = 0; i < 6; i++) {
      comments.append("<div class=\"comment\"><p>I have taken that ferry for thirty years, in every weather, ")
          .append("and I can tell you that one crossing a day was never enough, whatever the board says, and ")
          .append("a second one will change how we live on the island, for shopping, school and work.</p></div>");
    }
    comments.append("</section>");
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<article>"
        + "<h1>Ferry to run twice a day</h1>" + STORY + "</article>" + comments + "</body></html>";

    assertThat(body(html)).startsWith("The ferry to Kell Island").doesNotContain("thirty years");
  }

  @Test
  void anOpinionPieceWhoseWrapperIsNamedCommentIsKept() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV
        + "<header class=\"headline\"><h1>Ferry to run twice a day</h1></header>"
        + "<div class=\"article-body article--comment\">" + STORY + "</div>"
        + "<div id=\"comments\"><div class=\"comment\"><p>Too little, too late, if you ask me.</p></div></div>"
        + "</body></html>";

    assertThat(body(html)).startsWith("The ferry to Kell Island").doesNotContain("Too little");
  }

  @Test
  void linksAndImagesKeepOnlyWebAddressesMadeAbsolute() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body><article>"
        + "<h1>Ferry to run twice a day</h1>" + STORY.replace("the harbour board said",
        "the <a href=\"/board\">harbour board</a> said (<a href=\"java\tscript:alert(1)\">details</a>, "
            + "<a href=\"mailto:board@harbour.example\">mail</a>, <a href=\"data:text/html,x\">data</a>)")
        + "<figure><img src=\"../img/ferry.jpg\" alt=\"\"></figure></article></body></html>";

    String out = extractor.extract(html, "https://harbour.example/news/ferry").bodyHtml();
    assertThat(out).contains("href=\"https://harbour.example/board\"", "href=\"mailto:board@harbour.example\"",
        "src=\"https://harbour.example/img/ferry.jpg\"").doesNotContain("script", "data:");
  }

  @Test
  void aLinkedLatinNameInJapaneseTextIsSearchableOnItsOwn() {
    String html = "<html><head><title>港のフェリー</title></head><body>" + NAV
        + "<article><h1>港のフェリー</h1><p>港湾局は火曜日に<a href=\"https://kell.example/\">Kell Island</a>行きのフェリーを"
        + "三月から一日二便にすると発表した。島民は長年、二便目を求めてきた。</p><p>追加便の費用は、議会が来年の春に新しい予算を"
        + "承認するまで、港湾局の積立金から支払われる。悪天候の日には一便だけでは島に取り残されるという声が多かった。</p>"
        + "</article></body></html>";

    assertThat(body(html)).contains("火曜日に Kell Island 行きのフェリー").doesNotContain("Home");
  }

  /** A press release in one component per block, and the same component again after a rule. */
  private static String releaseWithBlockAfterRule(String afterRule) {
    return "<html><head><title>Harbour Lines orders two ferries</title></head><body>" + NAV
        + "<div class=\"release\"><h1>Harbour Lines orders two ferries</h1><div class=\"release-body\">"
        + "<div class=\"text parbase\"><div>" + STORY + "</div></div>"
        + "<div class=\"text parbase\"><div><hr><p>" + afterRule + "</p></div></div>"
        + "</div></div><div class=\"sidebar\"><p>Contact the press office</p></div></body></html>";
  }

  @Test
  void aShortBlockThatARuleSetsOffAfterTheArticleIsLeftOut() {
    String about = "Harbour Lines is a ferry operator headquartered in Kell. It employs around 300 people.";

    assertThat(body(releaseWithBlockAfterRule(about))).doesNotContain("headquartered in Kell")
        .endsWith("until the council agrees a new budget next spring.");
  }

  @Test
  void aLongSectionAfterARuleIsPartOfTheArticle() {
    String section = "In the second part of the plan, the board will also rebuild the old pier, which has been closed "
        + "since the storms of last winter damaged its timbers. Work starts in May and should take two years, the "
        + "board said, and the fishing fleet will use the new pontoon in the meantime. The council has promised to "
        + "pay a third of the cost of the work, and the rest will come from a government grant for island transport.";

    assertThat(body(releaseWithBlockAfterRule(section))).contains("will use the new pontoon");
  }

  @Test
  void rulesStandingBetweenSectionsDoNotEndTheArticle() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV
        + "<article><h1>Ferry to run twice a day</h1><div class=\"sections\">"
        + "<section class=\"part\">" + STORY + "</section><hr>"
        + "<section class=\"part\"><p>Fares will not change before the new timetable starts in the spring. A return "
        + "ticket will still cost eight pounds for islanders and twelve for visitors.</p></section>"
        + "</div></article></body></html>";

    assertThat(body(html)).contains("until the council agrees", "Fares will not change");
  }

  @Test
  void emphasisInASentenceThatStartsAfterAnImageIsNotACaption() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<article>"
        + "<h1>Ferry to run twice a day</h1>" + STORY
        + "<p><a href=\"/timetable\"><img src=\"/timetable.jpg\" alt=\"\"></a>The new timetable is for islanders only, but "
        + "<strong>visitors may book a seat a day ahead</strong>. Tickets go on sale at the harbour office in February.</p>"
        + "</article></body></html>";

    assertThat(body(html)).contains("but visitors may book a seat a day ahead. Tickets go on sale");
  }

  @Test
  void aLoneLinkedLineInsideTheTextIsKeptAndOneAtTheEndIsNot() {
    String html = "<html><head><title>Ferry to run twice a day</title></head><body>" + NAV + "<article>"
        + "<h1>Ferry to run twice a day</h1><p>The ferry to Kell Island will run twice a day from March.</p>"
        + "<ul><li><a href=\"/news/pier\">Old pier to reopen after storm repairs</a></li></ul>"
        + "<p>Islanders had asked for a second crossing for years.</p>"
        + "<ul><li><a href=\"/licensing\">Reuse this story</a></li></ul></article></body></html>";

    assertThat(body(html)).isEqualTo("The ferry to Kell Island will run twice a day from March.\n"
        + "Old pier to reopen after storm repairs\nIslanders had asked for a second crossing for years.");
  }
}
