package dev.broadsheet.store;

import dev.broadsheet.base.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Article identity: the same article read twice, from one feed or two, gets the same id. The id
 * is a short hash of the normalized link (scheme and host lower-cased, default port, fragment and
 * tracking parameters dropped); an item without a link falls back to its GUID within its source.
 */
public final class ArticleIds {
  // Compiled once: every stored article's link is normalised on every build.
  private static final Pattern AMP_END = Pattern.compile("/amp/?$");
  private static final Pattern AMP_FOLDER = Pattern.compile("/amp/");
  private static final Pattern AMP_SUFFIX = Pattern.compile("\\.amp(\\.html?)?$");
  private static final Pattern SLASHES = Pattern.compile("//+");
  /**
   * Parameters that name where a reader came from or which copy they got, besides the trackers
   * published links drop ({@link Urls#isTracker}): one article whatever they say, though a link
   * keeps them, since some sites use them for more.
   */
  private static final Set<String> TRACKING = Set.of(
      "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "ocid", "smid", "sr_share", "ncid", "partner", "spm",
      "s_cid", "icid", "wt.mc_id", "rss", "amp", "outputtype", "guccounter", "guce_referrer", "guce_referrer_sig",
      "fb_action_ids", "fb_action_types", "fb_source", "trk", "rpc", "intcmp");

  private ArticleIds() {}

  /** The id of an article with {@code link} (may be null) and {@code guid} (may be null). */
  public static String of(String link, String guid, String sourceId) {
    if (link != null && !link.isBlank()) {
      return hash(normalizeLink(link));
    }
    if (guid != null && !guid.isBlank()) {
      return hash("guid:" + sourceId + ":" + guid.strip());
    }
    throw new IllegalArgumentException("an article needs a link or a GUID");
  }

  /**
   * The id of an item with neither link nor GUID: a hash of its source, title and text, so that
   * the same item read again keeps its id and two items that share a title stay apart.
   */
  public static String ofContent(String sourceId, String title, String text) {
    return hash("content:" + sourceId + ":" + (title == null ? "" : title.strip()) + "\n" + (text == null ? "" : text.strip()));
  }

  /**
   * The link in a stable form for comparison: http and https unified, host lower-cased without
   * {@code www.} or {@code amp.}, default port, fragment, tracking parameters and AMP markers
   * dropped, the remaining parameters sorted, a trailing slash removed. Unparseable links are only
   * trimmed.
   */
  public static String normalizeLink(String link) {
    String trimmed = link.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        return trimmed;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return trimmed;
      }
      // An authority the URI class cannot split keeps its raw form, less an empty port ("host:").
      String host = uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT)
          : uri.getRawAuthority().toLowerCase(Locale.ROOT).replaceFirst(":$", "");
      // Strip every such prefix, in any order ("m.www."): normalising must be idempotent.
      for (boolean stripped = true; stripped; ) {
        stripped = false;
        for (String prefix : List.of("www.", "amp.", "m.")) {
          if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
            host = host.substring(prefix.length());
            stripped = true;
          }
        }
      }
      int port = uri.getPort();
      boolean defaultPort = port == -1 || port == 80 || port == 443;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (path.contains("amp") || path.contains("//")) {
        path = AMP_END.matcher(path).replaceAll("/");
        path = AMP_FOLDER.matcher(path).replaceAll("/");
        path = AMP_SUFFIX.matcher(path).replaceAll("$1");
        path = SLASHES.matcher(path).replaceAll("/");
      }
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = cleanQuery(uri.getRawQuery());
      return "https://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return trimmed;
    }
  }

  private static String cleanQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String part : rawQuery.split("&")) {
      String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
      String lower = name.toLowerCase(Locale.ROOT);
      if (!part.isEmpty() && !Urls.isTracker(name) && !lower.startsWith("at_") && !TRACKING.contains(lower)) {
        kept.add(part);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
