package dev.broadsheet.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Digests that tell whether something derived from the site's own inputs changed (page models,
 * summaries in a cache): keys, not guards. MD5, not SHA-256: every build digests every stored
 * article's text, and under the C1 compiler the launcher runs with, SHA-256 has no intrinsic and
 * runs about 3.5× slower (0.55 s against 0.17 s for 64 MB).
 */
public final class ChangeDigests {
  /**
   * Never fed, only copied: a build starts a digest for every record of every page model, and
   * asking the providers for one each time was a tenth of fingerprinting them.
   */
  private static final MessageDigest FRESH = named();

  private ChangeDigests() {}

  /** A fresh digest to feed piece by piece. */
  public static MessageDigest start() {
    try {
      return (MessageDigest) FRESH.clone();
    } catch (CloneNotSupportedException e) {
      return named();
    }
  }

  private static MessageDigest named() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }

  /** The digest of {@code bytes}, as lower-case hex. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(start().digest(bytes));
  }
}
