package dev.broadsheet.fetch;

import dev.broadsheet.config.FetchConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where Broadsheet may connect: the one check made before every request of every fetch
 * (configured sources, every redirect hop, discovered feeds, article pages). The host is
 * resolved immediately before the request and every address it resolves to is checked; one
 * internal address is enough to refuse the name.
 *
 * <p>Public addresses are always allowed; cloud metadata addresses never are. Loopback, private,
 * link-local and other internal addresses are allowed only when the site says so: for every fetch
 * ({@code fetch.allowPrivateAddresses}) or for the exact host and port of a source declared to be
 * on the editor's own network ({@code allowPrivateAddress} on the source). Immutable.
 *
 * <p><b>Why the address checked is the address connected to, and when it is not.</b> The JDK's
 * {@code HttpClient} cannot be handed an address, so the connection is not pinned; the check
 * relies on the JVM's name cache instead. Without a proxy, the JDK 17 client resolves the host
 * when it opens a connection with {@code new InetSocketAddress(host, port)}, that is
 * {@code InetAddress.getByName}: the first address of the same {@code InetAddress.getAllByName}
 * answer this class checks. That answer is kept in the JVM's positive cache for
 * {@code networkaddress.cache.ttl} seconds (30 s by default without a security manager), whatever
 * the DNS record's own TTL. So a DNS-rebinding server would have to change its answer between the
 * check and the client's lookup a few milliseconds later, and the cache hands the client the
 * checked answer instead. A connection the client reuses (keep-alive, HTTP/2) was opened after an
 * earlier check by the same policy, and every request on it follows a check of its own. Not covered:
 * <ul>
 *   <li>a positive cache the operator disabled ({@code networkaddress.cache.ttl=0}, or the system
 *       property {@code sun.net.inetaddr.ttl=0}): each lookup asks DNS again and may get another answer;
 *   <li>an entry made by an earlier lookup of the same name that expires in the instant between
 *       the check and the client's lookup (a server would have to time its first answer to that);
 *   <li>a proxy ({@code http.proxyHost}, {@code https.proxyHost}, {@code java.net.useSystemProxies}):
 *       the proxy resolves the name itself, so the check vouches only for this machine's answer.
 * </ul>
 * A negative {@code networkaddress.cache.ttl} means "cache forever", which keeps the guarantee;
 * {@code networkaddress.cache.negative.ttl} only concerns failed lookups, which are refused anyway.
 * Broadsheet sets none of these properties: they are JVM-wide, and the operator's to choose.
 */
public final class AddressPolicy {
  private static final Pattern DOTTED_QUAD = Pattern.compile(
      "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  /** A last label that makes URL parsers (browsers, curl, glibc) read the whole host as an IPv4 number. */
  private static final Pattern NUMERIC_LABEL = Pattern.compile("\\d+|0[xX][0-9a-fA-F]*");
  private static final String HINT = "; if it is on your own network on purpose, set allowPrivateAddress: true on the"
      + " source that links to it (its own host and port only) or fetch.allowPrivateAddresses: true (every address,"
      + " picks' pages too)";

  private final boolean allowPrivate;
  /** Endpoints any fetch may reach though private. */
  private final Set<String> endpoints;
  /**
   * Each source's own endpoint where it is a declared private one: for the pages and pictures its
   * feed links to. A source on a declared endpoint is covered though it does not declare it itself.
   */
  private final java.util.Map<String, String> bySource;
  /** Every endpoint a source declared: what the editor may reach (the addresses they wrote). */
  private final Set<String> declared;

  private AddressPolicy(boolean allowPrivate, Set<String> endpoints, java.util.Map<String, String> bySource) {
    this.allowPrivate = allowPrivate;
    this.endpoints = Set.copyOf(endpoints);
    this.bySource = java.util.Map.copyOf(bySource);
    this.declared = Set.copyOf(bySource.values());
  }

  /** Public addresses only. */
  public static AddressPolicy publicOnly() {
    return new AddressPolicy(false, Set.of(), java.util.Map.of());
  }

  /** What {@code fetch.allowPrivateAddresses} allows, and nothing else. */
  public static AddressPolicy of(FetchConfig fetch) {
    return new AddressPolicy(fetch.allowPrivateAddresses(), Set.of(), java.util.Map.of());
  }

  /**
   * The site's policy: {@code fetch.allowPrivateAddresses}, plus each source that allows its own
   * address, for what the sources on that address ask for ({@link #refusal}): another source's item
   * linking there is refused, or any feed could read the editor's network through it.
   */
  public static AddressPolicy of(SiteConfig config) {
    Set<String> declaredHere = new HashSet<>();
    for (SourceConfig s : config.sources()) {
      String key = s.allowPrivateAddress() && s.isRemote() ? endpointOf(s.url()) : null;
      if (key != null) {
        declaredHere.add(key);
      }
    }
    java.util.Map<String, String> own = new java.util.HashMap<>();
    for (SourceConfig s : config.sources()) {
      String key = s.isRemote() ? endpointOf(s.url()) : null;
      if (key != null && declaredHere.contains(key)) {
        own.put(s.id(), key);
      }
    }
    return new AddressPolicy(config.fetch().allowPrivateAddresses(), Set.of(), own);
  }

  /**
   * This policy, also allowing the host and port of {@code url} (as written: name or address
   * literal, and port) to be private. Other hosts, and other ports of the same host, are not
   * affected, so a redirect from that endpoint to anywhere else inside the network is refused.
   */
  public AddressPolicy allowing(String url) {
    Set<String> more = new HashSet<>(endpoints);
    String key = endpointOf(url);
    if (key != null) {
      more.add(key);
    }
    return new AddressPolicy(allowPrivate, more, bySource);
  }

  /** The endpoint of {@code url}, or null when it is no URL (fetching it fails with its own message). */
  private static String endpointOf(String url) {
    try {
      return endpoint(URI.create(url));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Why {@code url}, reached from {@code start} (the address asked for, before redirects), may not
   * be fetched for {@code requester}, or null when it may. The editor's allowance (every declared
   * endpoint) holds for the endpoint the editor wrote only: a redirect elsewhere is judged as the
   * sources'. Resolves the host (a name is looked up afresh or found in the JVM's cache), so call it
   * immediately before the request.
   */
  String refusal(URI url, Requester requester, URI start) throws UnknownHostException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getRawAuthority() == null) {
      return "only http and https URLs with a host are fetched";
    }
    String host = url.getHost();
    // java.net.URI leaves some numeric forms (127.1) without a host; judge what was written.
    String written = host != null ? host : url.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
    boolean bracketed = written.startsWith("[");
    String bare = bracketed ? written.substring(1, written.length() - 1) : written;
    String[] labels = bare.split("\\.");
    if (!bracketed && labels.length > 0 && NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches()
        && !DOTTED_QUAD.matcher(bare).matches()) {
      // Decimal (2130706433), hex (0x7f000001), octal (0177.0.0.1) and short (127.1) forms are
      // read differently by different parsers; the JDK reads 0177.0.0.1 as 177.0.0.1, curl as 127.0.0.1.
      return written + " is an IP address in a non-standard (decimal, hex, octal or shortened) form;"
          + " only the dotted form a.b.c.d is accepted";
    }
    if (host == null) {
      return written + " is not a valid host name";
    }
    boolean literal = bracketed || DOTTED_QUAD.matcher(bare).matches();
    // For a name, bare is url.getHost(), the very string the JDK client will look up: the same cache entry.
    InetAddress[] resolved = InetAddress.getAllByName(bare);
    String endpoint = endpoint(url);
    boolean editorWrote = requester.editor() && endpoint != null && endpoint.equals(endpoint(start));
    boolean declared = allowPrivate || endpoints.contains(endpoint) || endpoint != null
        && (editorWrote && this.declared.contains(endpoint)
            || requester.sources().stream().anyMatch(id -> endpoint.equals(bySource.get(id))));
    for (InetAddress a : resolved) {
      String kind = AddressKinds.of(a);
      if (kind == null) {
        continue;
      }
      String what = literal ? host + " is " + kind : host + " resolves to " + a.getHostAddress() + ", " + kind;
      if (kind.equals(AddressKinds.METADATA)) {
        return what + NEVER;
      }
      if (!declared) {
        // One internal address is enough to refuse the name: a DNS answer mixing public and
        // internal addresses is how rebinding attacks begin.
        return what + HINT;
      }
    }
    return null;
  }

  /** How a refusal no setting can lift ends. */
  private static final String NEVER = ", which Broadsheet never connects to";

  /** Whether the failure {@code error} is a refusal of an address no setting lets Broadsheet connect to. */
  public static boolean neverAllowed(String error) {
    return error.contains(AddressKinds.METADATA + NEVER);
  }

  /** {@code host:port} in lower case, with the scheme's default port made explicit; null without a host. */
  private static String endpoint(URI url) {
    if (url == null || url.getHost() == null) {
      return null;
    }
    int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  @Override
  public String toString() {
    return "AddressPolicy[allowPrivate=" + allowPrivate + ", endpoints=" + new java.util.TreeSet<>(endpoints)
        + ", bySource=" + new java.util.TreeMap<>(bySource) + "]";
  }
}
