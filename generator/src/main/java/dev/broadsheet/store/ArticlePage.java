package dev.broadsheet.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.broadsheet.base.XmlText;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What was taken from the article's own page.
 *
 * @param bodyHtml the extracted body, sanitized HTML (null when extraction failed)
 * @param wordCount words in the body
 * @param fetchedAt when the page was fetched
 * @param error why the page could not be used, if it could not
 * @param canonicalUrl the page's own canonical URL ({@code <link rel=canonical>}), if it names one
 * @param temporary whether the error may pass by itself (a timeout, a server error): the page is
 *     asked for again later ({@link #dueAgain})
 * @param notAsked whether the page was left for later without being asked for (its site failed
 *     other pages of the same build): it has had no answer of its own yet
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ArticlePage(String bodyHtml, int wordCount, Instant fetchedAt, String error, String canonicalUrl,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean temporary,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean notAsked) {
  private static final Duration FIRST_RETRY = Duration.ofHours(1);
  private static final Duration GIVE_UP = Duration.ofDays(7);
  /** A page never asked for waits at most this long between builds that may ask for it. */
  private static final Duration LONGEST_WAIT_UNASKED = Duration.ofDays(1);
  private static final Duration GIVE_UP_UNASKED = Duration.ofDays(30);

  public ArticlePage {
    // The body is cleaned where it enters, like an article's full text: see Article#withCleanTexts.
    bodyHtml = Article.present(bodyHtml);
    error = Article.present(XmlText.clean(error));
    canonicalUrl = Article.present(XmlText.clean(canonicalUrl));
  }

  public ArticlePage(String bodyHtml, int wordCount, Instant fetchedAt, String error, String canonicalUrl,
      boolean temporary) {
    this(bodyHtml, wordCount, fetchedAt, error, canonicalUrl, temporary, false);
  }

  public ArticlePage(String bodyHtml, int wordCount, Instant fetchedAt, String error, String canonicalUrl) {
    this(bodyHtml, wordCount, fetchedAt, error, canonicalUrl, false);
  }

  public ArticlePage(String bodyHtml, int wordCount, Instant fetchedAt, String error) {
    this(bodyHtml, wordCount, fetchedAt, error, null);
  }

  /** This page with its body cleaned: this one when it was clean. */
  ArticlePage withCleanBody() {
    String body = Article.present(XmlText.cleanHtml(bodyHtml));
    return Objects.equals(body, bodyHtml) ? this
        : new ArticlePage(body, wordCount, fetchedAt, error, canonicalUrl, temporary, notAsked);
  }

  /** A page that could not be fetched this time, for a reason that may pass. */
  public static ArticlePage failedForNow(Instant fetchedAt, String error) {
    return new ArticlePage(null, 0, fetchedAt, error, null, true);
  }

  /**
   * A page left for later without being asked for, because its site failed other pages of the
   * same build for a reason that may pass.
   */
  public static ArticlePage notAskedFor(Instant when, String reason) {
    return new ArticlePage(null, 0, when, reason, null, true, true);
  }

  /**
   * When a page that failed for a reason that may pass is asked for again: first an hour after
   * the article was first seen, then after pauses that double (the time from first seen to the
   * last try), never later than a week after first seen; null when it is not asked for again. A
   * site that is down for a while is asked a handful of times, not on every build. A page never
   * asked for (its site was failing) waits at most a day at a time, for a month: a site down for
   * more than a week still has its pages asked for once it is back.
   */
  public Instant nextTry(Instant firstSeen) {
    if (!temporary || error == null || fetchedAt == null) {
      return null;
    }
    Instant first = firstSeen == null || firstSeen.isAfter(fetchedAt) ? fetchedAt : firstSeen;
    Duration pause = Duration.between(first, fetchedAt);
    if (notAsked && pause.compareTo(LONGEST_WAIT_UNASKED) > 0) {
      pause = LONGEST_WAIT_UNASKED;
    }
    Instant next = fetchedAt.plus(pause.compareTo(FIRST_RETRY) < 0 ? FIRST_RETRY : pause);
    return next.isBefore(first.plus(notAsked ? GIVE_UP_UNASKED : GIVE_UP)) ? next : null;
  }

  /** Whether the page is asked for again at {@code now} ({@link #nextTry}). */
  public boolean dueAgain(Instant firstSeen, Instant now) {
    Instant next = nextTry(firstSeen);
    return next != null && !now.isBefore(next);
  }
}
