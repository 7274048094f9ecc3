package dev.broadsheet.base;

import java.net.URI;
import java.util.Locale;

/** Web addresses as every stage needs them: made absolute and limited to http(s). */
public final class Urls {

  /**
   * Query parameters that only tell a publisher's or an ad network's analytics where a click came
   * from: they never change the page, and a link published with them reports the site's readers.
   * Parameters with other uses too ({@code ref}, {@code partner}) are kept.
   */
  private static final java.util.Set<String> TRACKERS = java.util.Set.of("fbclid", "gclid", "gclsrc", "dclid",
      "msclkid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "yclid", "_hsenc", "_hsmi", "mkt_tok");

  private Urls() {}

  /** Whether a query parameter named {@code name} (in any case) only tracks a click: {@code utm_*} and the like. */
  public static boolean isTracker(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("utm_") || TRACKERS.contains(lower);
  }

  /**
   * {@code link} without its tracking parameters ({@code utm_*}, {@code fbclid}, {@code mc_eid}
   * and the like), the others kept in their order and the rest of the address as written; null for null.
   */
  public static String withoutTrackers(String link) {
    if (link == null) {
      return null;
    }
    int hash = link.indexOf('#');
    int query = link.indexOf('?');
    if (query < 0 || hash >= 0 && hash < query) {
      return link;
    }
    String params = link.substring(query + 1, hash < 0 ? link.length() : hash);
    StringBuilder kept = new StringBuilder();
    for (String part : params.split("&")) {
      String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
      // A feed that escaped its ampersands twice (&amp;amp;) leaves "amp;" before each name after the first.
      if (!part.isEmpty() && !isTracker(name.startsWith("amp;") ? name.substring(4) : name)) {
        kept.append(kept.length() == 0 ? "" : "&").append(part);
      }
    }
    if (kept.toString().equals(params)) {
      return link;
    }
    return link.substring(0, query) + (kept.length() == 0 ? "" : "?" + kept) + (hash < 0 ? "" : link.substring(hash));
  }

  /**
   * {@code link} made absolute against {@code base}; null unless it ends up http(s) with a host
   * (an address such as "http://example.c[o.test/" parses as a URI without one, and leads nowhere).
   */
  public static String resolve(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String value = link.strip();
    try {
      URI uri = new URI(loose(value));
      if (!uri.isAbsolute()) {
        if (base == null) {
          return null;
        }
        uri = new URI(base).resolve(uri);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = "http".equals(scheme) || "https".equals(scheme);
      return web && hasHost(uri) ? uri.toString() : null;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * {@code link} with what browsers take in an address but java.net.URI refuses percent-encoded:
   * a space, {@code | { } ^ `}, and a {@code %} not followed by two hex digits ("100%_real"). Links
   * such as "?q=a|b" are common, and were dropped, leaving the story without its original.
   */
  private static String loose(String link) {
    StringBuilder out = null;
    // Not in the host: "news|site.example" names no host, encoded or not, and is still refused.
    int authority = link.startsWith("//") ? 2 : afterSchemeSlashes(link);
    int start = authority < 0 ? 0 : firstOf(link, authority, "/?#");
    for (int i = start; i < link.length(); i++) {
      char c = link.charAt(i);
      String escaped = switch (c) {
        case ' ' -> "%20";
        case '|' -> "%7C";
        case '{' -> "%7B";
        case '}' -> "%7D";
        case '^' -> "%5E";
        case '`' -> "%60";
        case '%' -> i + 2 < link.length() && isHex(link.charAt(i + 1)) && isHex(link.charAt(i + 2)) ? null : "%25";
        default -> null;
      };
      if (escaped != null && out == null) {
        out = new StringBuilder(link.length() + 8).append(link, 0, i);
      }
      if (out != null) {
        out.append(escaped != null ? escaped : String.valueOf(c));
      }
    }
    return out == null ? link : out.toString();
  }

  /**
   * Where the authority of {@code link} begins when it starts with a scheme and "//"
   * ("https://news.example/"), else -1. Not a regular expression: every link of every feed
   * item passes here.
   */
  private static int afterSchemeSlashes(String link) {
    int colon = link.indexOf(':');
    if (colon < 1 || !link.startsWith("//", colon + 1) || !Character.isLetter(link.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < colon; i++) {
      char c = link.charAt(i);
      if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '.' || c == '-'))) {
        return -1;
      }
    }
    return colon + 3;
  }

  /** The index of the first of {@code chars} in {@code text} from {@code from}, or its length. */
  private static int firstOf(String text, int from, String chars) {
    for (int i = from; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /**
   * Whether {@code uri} names a host. java.net.URI gives none for a name with an underscore
   * (news_site.example) or with letters outside ASCII (an internationalised domain), which
   * browsers open: those count when the authority is a name of letters, digits, dots, hyphens and
   * underscores (after any user and before any port). "example.c[o.test" does not.
   */
  private static boolean hasHost(URI uri) {
    if (uri.getHost() != null && !uri.getHost().isEmpty()) {
      return true;
    }
    String authority = uri.getRawAuthority();
    if (authority == null) {
      return false;
    }
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = host.lastIndexOf(':');
    if (colon >= 0 && host.substring(colon + 1).chars().allMatch(Character::isDigit)) {
      host = host.substring(0, colon);
    }
    if (host.isEmpty()) {
      return false;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '%')) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code url} as a URI is written: a space, a control character or a letter outside ASCII
   * percent-encoded (its UTF-8 bytes), everything else as it is. RSS and JSON Feed ask for URLs,
   * and a publisher's link with {@code marées} in its path is an IRI.
   */
  public static String ascii(String url) {
    if (url == null || url.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.length() + 16);
    url.codePoints().forEach(c -> {
      if (c > 0x20 && c < 0x7F) {
        out.append((char) c);
      } else {
        for (byte b : Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
              .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
      }
    });
    return out.toString();
  }

  /**
   * The site {@code url} belongs to, as a registrable name: its host's last two labels
   * ({@code news.courier.example} → {@code courier.example}), or three under a two-letter country
   * code whose second level is a kind of site ({@code www.bbc.co.uk} → {@code bbc.co.uk}); null
   * without a host, and the whole address for an IP literal.
   */
  public static String siteOf(String url) {
    if (url == null) {
      return null;
    }
    String host = host(url);
    if (host == null || host.equals(url) || host.isEmpty()) {
      return null;
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.startsWith("[") || host.matches("[0-9.]+")) {
      return host;
    }
    String[] labels = host.split("\\.");
    int n = labels.length;
    boolean countryKind = n >= 3 && labels[n - 1].length() == 2
        && java.util.Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gv", "nic")
            .contains(labels[n - 2]);
    int keep = Math.min(n, countryKind ? 3 : 2);
    return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }

  /** The host of {@code url}, lower-cased, or {@code url} itself when it has none (or is no URI). */
  public static String host(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null ? url : host.toLowerCase(Locale.ROOT);
    } catch (Exception e) {
      return url;
    }
  }

  /**
   * Whether {@code url}'s host is a name reserved for examples, which never holds a real page:
   * example.com, example.net and example.org and the names under them (RFC 2606), and any name
   * under .example or .invalid (RFC 6761). A new site's saved feed and documentation link there.
   * Not .test or .localhost: those name machines of one's own network, which a source may allow.
   */
  public static boolean isReservedExample(String url) {
    String host = host(url);
    if (host == null || host.equals(url)) {
      return false;
    }
    String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    for (String reserved : new String[] {"example.com", "example.net", "example.org"}) {
      if (name.equals(reserved) || name.endsWith("." + reserved)) {
        return true;
      }
    }
    return name.endsWith(".example") || name.endsWith(".invalid");
  }
}
