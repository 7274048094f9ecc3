package dev.broadsheet.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Keeps URLs that came from feeds (article links, images, discovered feeds) away from loopback,
 * private, link-local and other internal addresses, so that a feed cannot make a CI job read a
 * cloud metadata endpoint or an internal service. The check is made on every address the host
 * resolves to, at every redirect.
 */
final class AddressGuard {
  private AddressGuard() {}

  /** Why {@code url} may not be fetched, or null when it may. */
  static String refusal(String url) {
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return "not a valid URL: " + url;
    }
    if (host == null) {
      return "not a valid URL: " + url;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (isInternal(address)) {
          return "refused: " + host + " resolves to the internal address " + address.getHostAddress()
              + "; links from feeds may not point inside your network (set fetch.allowPrivateAddresses to allow it)";
        }
      }
      return null;
    } catch (UnknownHostException e) {
      return "unknown host " + host;
    }
  }

  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarking.
      return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
          || (first == 198 && (second == 18 || second == 19)) || first >= 240;
    }
    if (a instanceof Inet6Address) {
      // fc00::/7 unique local addresses; IPv4-mapped addresses are checked as IPv4.
      if ((b[0] & 0xfe) == 0xfc) {
        return true;
      }
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }
}
