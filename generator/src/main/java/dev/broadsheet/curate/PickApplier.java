package dev.broadsheet.curate;

import dev.broadsheet.base.Problem;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays the editors' picks over the stored articles: a pick of a stored article decorates it
 * (headline, section, tags, image, note), a pick of an unknown URL becomes an article of its own,
 * and a hidden pick keeps its article out of the digest.
 */
public final class PickApplier {
  private PickApplier() {}

  /**
   * The articles to show, by id, the pick of each picked article id, and the stored articles
   * hidden, each with the time its hiding picks say they were last changed ({@link Pick#updated}), when one says.
   */
  record Applied(Map<String, Article> articles, Map<String, Pick> picks, List<Problem> problems,
      Map<Article, java.time.Instant> takenDown) {}

  /**
   * The articles to show once {@code picks} are applied to {@code stored}, a pick's section written
   * otherwise than the config names it ("technology" for Technology: {@code sections}, by the slug
   * of their address) taking the config's spelling: its article would be labelled in the pick's,
   * beside a section page in the config's.
   */
  static Applied apply(Collection<Article> stored, List<Pick> picks, Map<String, String> sections) {
    // By id, for lookups: whoever needs an order sorts (a store of 100,000 articles costs a tree dearly).
    Map<String, Article> articles = new java.util.HashMap<>(stored.size() * 2);
    stored.forEach(a -> articles.put(a.id(), a));
    TreeMap<String, Pick> byId = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    // Each hidden id, with the stored article it took away (null when none had the URL).
    Map<String, Article> hidden = new java.util.HashMap<>();
    Map<Article, java.time.Instant> takenDown = new java.util.IdentityHashMap<>();
    for (Pick pick : picks) {
      try {
        Article gone = apply(pick, articles, byId, hidden, problems, sections);
        // Its updated only: a date places a pick in an edition, and a bare day would read as noon,
        // hours ahead of a morning's build.
        if (gone != null && pick.updated() != null) {
          takenDown.merge(gone, pick.updated(), (a, b) -> a.isAfter(b) ? a : b);
        }
      } catch (RuntimeException e) {
        // The loader rejects malformed values with their line; whatever still slips through costs
        // this pick, never the build.
        problems.add(new Problem(pick.file(), "skipped: this pick cannot be used: " + e.getMessage()));
      }
    }
    return new Applied(articles, byId, problems, takenDown);
  }

  /** The id of the stored article {@code pick} picks (or of the article its own page becomes). */
  public static String articleId(Pick pick) {
    return ArticleIds.of(pick.url(), null, "picks");
  }

  /**
   * The id of the stored article {@code pick} picks: the one its URL gives, else that of an
   * article stored under another id whose link the URL now is (its publisher moved the item to it,
   * keeping its guid: {@link dev.broadsheet.store.StoreMerge}); else the id its URL gives.
   */
  public static String storedId(Pick pick, Map<String, Article> stored) {
    String id = articleId(pick);
    if (stored.containsKey(id)) {
      return id;
    }
    String host = hostOf(pick.url()).toLowerCase(java.util.Locale.ROOT);
    for (Article a : stored.values()) {
      // The host first, a cheap test: only an article on the pick's host can have its link.
      if (a.url() != null && a.url().contains(host)
          && ArticleIds.of(a.url(), null, "picks").equals(id)) {
        return a.id();
      }
    }
    return id;
  }

  /** The ids of the stored articles that {@code picks} hide. */
  public static java.util.Set<String> hiddenIds(Map<String, Article> stored, List<Pick> picks) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (Pick pick : picks) {
      if (pick.hide()) {
        String id = storedId(pick, stored);
        if (stored.containsKey(id)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** The ids of the articles {@code picks} pick. */
  public static java.util.Set<String> articleIds(List<Pick> picks) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    picks.forEach(p -> ids.add(articleId(p)));
    return ids;
  }

  /** Applies {@code pick}; returns the stored article it hides, if it hides one (another pick may have hidden it first). */
  private static Article apply(Pick pick, Map<String, Article> articles, Map<String, Pick> byId,
      Map<String, Article> hidden, List<Problem> problems, Map<String, String> sections) {
    String id = storedId(pick, articles);
    if (pick.hide()) {
      boolean first = !hidden.containsKey(id);
      Article removed = articles.remove(id);
      if (first) {
        hidden.put(id, removed);
      }
      if (first && removed == null) {
        // Nearly always a URL copied wrong, which leaves on the site the article meant to go.
        problems.add(Problem.warning(pick.file(), "hides " + pick.url() + ", but no stored article has that URL"
            + " (tracking parameters and #fragments aside): the article meant is still shown if its URL differs;"
            + " copy the URL from the article's page on the site (its link to the original)"));
      }
      return hidden.get(id);
    }
    if (byId.containsKey(id)) {
      problems.add(new Problem(pick.file(), "picks the same URL as " + byId.get(id).file() + "; only the first counts"));
      return null;
    }
    Article known = articles.get(id);
    if (known == null) {
      if (pick.title() == null || pick.date() == null) {
        // Either its page was not read (an offline build or a check reads no page) or reading it
        // failed, which the page's own problem says: this one says what the pick can do either way.
        String missing = pick.title() == null && pick.date() == null ? "a title and a date"
            : pick.title() == null ? "a title" : "a date";
        problems.add(new Problem(pick.file(), "no stored article has the URL " + pick.url() + " and no headline and"
            + " date were read from its page (offline builds and checks read no pages; an online build that could not"
            + " read it says why, and a page may name no date); give the pick " + missing + " so it can stand on its own"));
        return null;
      }
      known = stub(pick, id, pick.date());
    } else if (pick.title() != null && sameHeadline(pick.title(), known.title())) {
      // The publisher's own headline copied into the pick (as "new pick" writes it): not the site's own.
      pick = withoutTitle(pick);
    }
    String section = pick.section() == null ? null : asConfigured(pick.section(), sections);
    articles.put(id, decorate(known, pick, section));
    byId.put(id, pick);
    return null;
  }

  private static boolean sameHeadline(String a, String b) {
    return b != null && dev.broadsheet.base.Slugs.fold(a).strip().equals(dev.broadsheet.base.Slugs.fold(b).strip());
  }

  private static Pick withoutTitle(Pick p) {
    return new Pick(p.file(), p.url(), null, p.section(), p.tags(), p.date(), p.pin(), p.order(), p.hide(), p.image(),
        p.noteHtml(), p.publisher(), p.imageAlt(), p.imageCredit(), p.updated(), p.aliases(), p.language());
  }

  /**
   * {@code written} as {@code sections} spell it when the two differ only in case and accents;
   * names that only share an address (C and C++) are another matter, which SectionWarnings tells.
   */
  private static String asConfigured(String written, Map<String, String> sections) {
    String configured = sections.get(Edition.sectionSlug(written));
    return configured != null && dev.broadsheet.base.Slugs.fold(configured).strip()
        .equals(dev.broadsheet.base.Slugs.fold(written).strip()) ? configured : written;
  }

  /** An article for a pick of a URL that no source carries, before its page is read. */
  public static Article stub(Pick pick, String id, Instant firstSeen) {
    // Without a publisher named, the host stands in so that curation can tell outlets apart;
    // pages never show it (TemplateHelpers.publisher), and the page's og:site_name replaces it.
    return new Article(id, dev.broadsheet.base.Urls.withoutTrackers(pick.url()), null, null,
        pick.title() != null ? pick.title() : hostOf(pick.url()),
        pick.publisher() != null ? pick.publisher() : hostOf(pick.url()), null, pick.section(), pick.tags(), List.of(),
        pick.date(), null, firstSeen, null,
        pick.image());
  }

  private static Article decorate(Article a, Pick p, String section) {
    LinkedHashSet<String> tags = new LinkedHashSet<>(a.tags());
    tags.addAll(p.tags());
    // An article only the pick brought, whose page named no date, is dated by the pick as it is now.
    Instant published = a.published() == null && a.sourceId() == null ? p.date() : a.published();
    return new Article(a.id(), a.url(), a.guid(), a.sourceId(), p.title() != null ? p.title() : a.title(),
        a.sourceId() == null && p.publisher() != null ? p.publisher() : a.publisher(), a.via(),
        section != null ? section : a.section(), List.copyOf(tags), a.authors(),
        published, a.updated(), a.firstSeen(), a.summaryHtml(), p.image() != null ? p.image() : a.imageUrl(),
        a.page(), addressTitle(a, p), a.language(), a.contentHtml(), a.alsoFrom(), a.publishedDayOnly(),
        a.media());
  }

  /**
   * What the picked article's address is made from, as {@link Article#addressTitle}: the stored
   * article's own address, whatever title the editor gives it (the page was published before, and
   * editing the pick's title, a typo, must not move it). An article only the pick brought, before
   * any build stored it, has no other name than the pick's title.
   */
  private static String addressTitle(Article a, Pick p) {
    if (p.title() == null) {
      return a.addressTitle();
    }
    String address = a.addressHeadline();
    return address == null || address.equals(p.title()) ? null : address;
  }


  /** The host of {@code url} without "www.", as a pick-only article's stand-in publisher. */
  public static String hostOf(String url) {
    String host = dev.broadsheet.base.Urls.host(url);
    return host.startsWith("www.") && !host.equals(url) ? host.substring(4) : host;
  }

}
