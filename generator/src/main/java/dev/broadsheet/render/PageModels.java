package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.picks.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The models templates are given: each page's own, and what every page shares. */
final class PageModels {
  private final SiteConfig config;
  private final TemplateHelpers helpers;
  private final Messages messages;
  private final Permalinker links;
  private final boolean debug;
  private final String assetVersion;
  /** The site's own style sheets and scripts, with the versions {@code asset(…)} links them with. */
  private final Map<String, String> ownAssets;

  PageModels(SiteConfig config, TemplateHelpers helpers, Messages messages, Permalinker links, boolean debug,
      Map<String, String> ownAssets) {
    this.config = config;
    this.helpers = helpers;
    this.messages = messages;
    this.links = links;
    this.debug = debug;
    this.assetVersion = AssetLinks.version();
    this.ownAssets = ownAssets;
  }

  /** What a template of {@code job} sees: its page's own model, the site, the helpers, labels and links. */
  Map<String, Object> of(Views.Site site, PageJobs.Job job, boolean absoluteLinks) {
    Map<String, Object> model = new HashMap<>(job.model());
    model.put("site", site);
    model.put("page", job.finishedPage());
    model.put("h", helpers);
    model.put("t", messages);
    boolean absolute = absoluteLinks || job.path().endsWith("newsletter.html") || job.path().endsWith(".txt")
        || job.path().equals("404.html");
    // A 404 page is served at any depth and a newsletter is read in a mail client: their links
    // must be absolute; the rest follow relativeLinks.
    Links pageLinks = absolute ? new Links(job.path(), job.path().equals("404.html") ? config.basePath()
        : config.baseUrl().toString(), false) : new Links(job.path(), config.basePath(), config.relativeLinks());
    model.put("url", pageLinks);
    model.put("asset", new AssetLinks(pageLinks, assetVersion, ownAssets));
    model.put("siteHtml", new SiteHtml(config.basePath(), pageLinks::to));
    return model;
  }

  /** The site as every page sees it: its sections, sources and menu of {@code pages}. */
  Views.Site site(Digest digest, List<Page> pages) {
    List<Views.NavLink> sections = digest.sections().stream()
        .map(s -> new Views.NavLink(s.name(), links.section(s.slug()))).toList();
    List<Views.NavLink> sources = new ArrayList<>();
    for (SourceConfig s : config.sources()) {
      sources.add(new Views.NavLink(s.name(), links.source(s.id())));
    }
    List<Views.NavLink> menu = pages.stream().filter(Page::menu)
        .map(p -> new Views.NavLink(p.title(), links.page(p.slug()))).toList();
    return new Views.Site(config.title(), config.description(), config.language(), config.baseUrl().toString(),
        sections, sources, PageJobs.sourcesPage(config), menu, !digest.picks().isEmpty(), debug);
  }
}
