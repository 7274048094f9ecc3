package dev.broadsheet.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Names the kind of an address that is not on the public internet (loopback, private, link-local,
 * a cloud metadata endpoint, ...), so that a refusal can say exactly what was refused. IPv6
 * addresses that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the IPv4
 * address inside, since that is where the packets end up.
 */
final class AddressKinds {
  static final String METADATA = "a cloud metadata address";

  /** AWS/GCP/Azure/OpenStack/DigitalOcean, AWS ECS tasks, Alibaba Cloud, AWS over IPv6. */
  private static final List<byte[]> METADATA_ADDRESSES = List.of(
      new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254},
      new byte[] {(byte) 169, (byte) 254, (byte) 170, 2},
      new byte[] {100, 100, 100, (byte) 200},
      new byte[] {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54});

  private AddressKinds() {}

  /** What kind of non-public address {@code a} is ("a loopback address"), or null when it is public. */
  static String of(InetAddress a) {
    InetAddress target = embeddedIpv4(a);
    if (isMetadata(target)) {
      return METADATA;
    }
    if (target.isAnyLocalAddress()) {
      return "the unspecified address";
    }
    if (target.isLoopbackAddress()) {
      return "a loopback address";
    }
    if (target.isLinkLocalAddress()) {
      return "a link-local address";
    }
    if (target.isSiteLocalAddress()) {
      return "a private address";
    }
    if (target.isMulticastAddress()) {
      return "a multicast address";
    }
    byte[] b = target.getAddress();
    if (target instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) {
        return "a 'this network' address (0.0.0.0/8)";
      }
      if (first == 100 && second >= 64 && second < 128) {
        return "a carrier-grade NAT address (100.64.0.0/10)";
      }
      if ((first == 192 && second == 0 && b[2] == 0) || (first == 198 && (second == 18 || second == 19))
          || first >= 240) {
        return "a reserved address";
      }
      return null;
    }
    return (b[0] & 0xfe) == 0xfc ? "a private (unique local) IPv6 address" : null;
  }

  static boolean isMetadata(InetAddress a) {
    byte[] bytes = embeddedIpv4(a).getAddress();
    return METADATA_ADDRESSES.stream().anyMatch(m -> Arrays.equals(m, bytes));
  }

  /** The IPv4 address an IPv6 address stands for, or {@code a} itself. */
  private static InetAddress embeddedIpv4(InetAddress a) {
    if (!(a instanceof Inet6Address)) {
      return a;
    }
    byte[] b = a.getAddress();
    boolean zeroPrefix = allZero(b, 0, 10);
    boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    // ::a.b.c.d (deprecated "compatible" form), but not :: and ::1, which are IPv6's own.
    boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !(allZero(b, 12, 15) && (b[15] == 0 || b[15] == 1));
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
    try {
      if (mapped || compatible || nat64) {
        return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
      }
      if (b[0] == 0x20 && b[1] == 0x02) {
        // 6to4: 2002:AABB:CCDD::/48 tunnels to AA.BB.CC.DD.
        return InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
    return a;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
