package dev.broadsheet.curate;

import dev.broadsheet.base.LanguageTags;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import java.util.HashMap;
import java.util.Map;

/**
 * The language each article is written in: its source's, when the config names one (so that a
 * language set or corrected in the config applies to articles stored before), else the one its
 * feed stated, else the site's. What text analysis reads and what pages mark with {@code lang}.
 */
public final class ArticleLanguages {
  private final String site;
  private final Map<String, String> bySource = new HashMap<>();

  public ArticleLanguages(SiteConfig config) {
    this.site = config.language();
    for (SourceConfig s : config.sources()) {
      if (s.language() != null) {
        bySource.put(s.id(), s.language());
      }
    }
  }

  /** The article's language as a BCP 47 tag. */
  public String of(Article a) {
    String configured = a.sourceId() == null ? null : bySource.get(a.sourceId());
    return configured != null ? configured : a.language() != null ? a.language() : site;
  }

  /**
   * The article's language when it is not the site's (its pages mark it), else null. Regions do
   * not count (an article in en-GB on an English site reads as English), scripts do
   * ({@link LanguageTags#sameLanguage}).
   */
  public String otherThanSite(Article a) {
    String language = of(a);
    return LanguageTags.sameLanguage(language, site) ? null : language;
  }

  /** What decides the languages besides the articles themselves, for a cache's stamp. */
  public String stamp() {
    return site + " " + new java.util.TreeMap<>(bySource);
  }
}
