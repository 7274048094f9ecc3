package dev.broadsheet.store;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any link normalises without throwing, and normalising twice changes nothing more. */
class ArticleIdsFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void anyLinkNormalisesOnceAndForAll(byte[] bytes) {
    String link = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    String once = ArticleIds.normalizeLink(link);
    String twice = ArticleIds.normalizeLink(once);
    if (!once.equals(twice)) {
      throw new AssertionError("not idempotent: '" + link + "' -> '" + once + "' -> '" + twice + "'");
    }
    if (!link.isBlank()) {
      // A blank link with no GUID is refused by design (callers never pass one); anything else gets an id.
      ArticleIds.of(link, null, "fuzz");
    }
  }
}
