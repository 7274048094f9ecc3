package dev.broadsheet.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The vocabulary of things that are not the article: class, id and role names of navigation,
 * share bars, subscription prompts, related links, ads and comments, and the short phrases such
 * blocks say, in several languages.
 */
final class Boilerplate {
  /** Class or id words of blocks that are never article text. */
  static final Pattern NEGATIVE = Pattern.compile(
      "(?i)(^|[\\s_-])(share|sharing|social|related|recommend(ed|ations)?|newsletter|subscri(be|ption)|signup|sign-up"
          + "|promo|promotion|advert|advertisement|ad|ads|adslot|ad-slot|dfp|sponsor(ed)?|comment(s)?|disqus|cookie(s)?"
          + "|consent|gdpr|popup|modal|overlay|breadcrumbs?|sidebar|widget|footer|masthead|menu|navbar|nav|navigation"
          + "|tags|tag-list|taglist|topics|author-bio|bio|more-stories|most-popular|mostpopular|popular|trending"
          + "|outbrain|taboola|paywall|meter|toolbar|skip|visually-hidden|sr-only|screen-reader|print-only|hidden"
          + "|byline|dateline|timestamp|credits?|read-more|readmore|see-also|also-read|inline-related|rail|upsell"
          + "|app-promo|banner|alert|flyout|disclaimer|copyright|jump|toc|pagination|pager|rating|reactions|utility"
          + "|caption|figcaption|gallery-caption|image-credit|photo-credit|video-player|player|embed|audio-player"
          + "|twitter-tweet|instagram-media|tiktok-embed|fb-post|social-embed)"
          + "($|[\\s_-])");

  /** Class or id words of the article itself. */
  static final Pattern POSITIVE = Pattern.compile(
      "(?i)(article|body|content|entry|main|post|story|text|paragraph|prose|blog|news|page-content|rich-text)");

  /** Short blocks that are prompts, labels or calls to action rather than text. */
  static final Pattern PHRASES = Pattern.compile(
      "(?iu)^\\s*(advertisement|advertising|sponsored( content)?|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]"
          + "|реклама|広告|광고|read more|read next|read also|see also|related( articles| stories| coverage)?"
          + "|more on this|more from|recommended|sign up|subscribe|already a (member|subscriber)|log ?in|sign in"
          + "|follow us|share (this|on)|click here|continue reading|lire aussi|à lire aussi|lesen sie auch"
          + "|mehr zum thema|leia também|leggi anche|ver también|lee también|читайте также|также читайте"
          + "|newsletter|abonnez-vous|suscríbete|abonnieren|jetzt abonnieren|skip advertisement|supported by"
          + "|this article (is|was) (more than|over)|image|photo|video|watch|listen|getty images|ap photo|reuters"
          + "|copyright|all rights reserved|©)\\b.*");

  private Boilerplate() {}

  /** The class, id and role of {@code el} as one lower-case string. */
  static String names(Element el) {
    return (el.className() + " " + el.id() + " " + el.attr("role") + " " + el.attr("data-component") + " "
        + el.attr("data-testid")).toLowerCase(Locale.ROOT);
  }

  static boolean negative(Element el) {
    String names = names(el);
    return !names.isBlank() && NEGATIVE.matcher(names).find();
  }

  static boolean positive(Element el) {
    String names = names(el);
    return !names.isBlank() && POSITIVE.matcher(names).find();
  }

  /** Whether a short block of text is a prompt or label ("Advertisement", "Read more: …"). */
  static boolean phrase(String text) {
    return text.length() < 140 && PHRASES.matcher(text).matches();
  }

  static boolean hidden(Element el) {
    String style = el.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
    return el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden")) || style.contains("display:none")
        || style.contains("visibility:hidden");
  }
}
