package dev.broadsheet.base;

import java.util.HexFormat;

/**
 * A 128-bit hash of a stream of 64-bit words, for change detection inside Broadsheet's own caches
 * (a page's model, a build's inputs): the block mixing of MurmurHash3 x64/128, fed whole words.
 *
 * <p>Why not MD5 ({@link ChangeDigests}): a build fingerprints every page's model, some hundred
 * thousand small digests, and the launcher runs the JVM's quick compiler only, under which the
 * JDK's MD5 reads its input through VarHandles unoptimised: 110-260 MB/s on small inputs against
 * about 1 GB/s here (measured; 5% of a build's CPU was MD5).
 *
 * <p>Not collision-resistant: the block function can be inverted, so whoever chooses eight
 * aligned UTF-16 units of a text, and knows everything hashed before them, can make it hash as
 * another. Page models reach it with each stored article as its store's MD5 digest, and a
 * feed's author chooses only folded slugs of a few characters beside it; what an attacker could
 * gain is a page of their own article kept as it was, or a build of unchanged pages skipped. Never
 * use it for anything published or stored beyond a cache (ids, addresses, file names).
 *
 * <p>A text or a byte array is fed with its length first, so where one ends is part of what is
 * hashed; telling what kind of value comes next is the caller's part.
 */
public final class StreamHash {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private long h1;
  private long h2;
  /** The first word of a block, while the second is awaited. */
  private long pending;
  private boolean half;
  private long words;

  /** Feeds one word. */
  public StreamHash word(long k) {
    words++;
    if (!half) {
      pending = k;
      half = true;
      return this;
    }
    half = false;
    h1 ^= mix1(pending);
    h1 = Long.rotateLeft(h1, 27) + h2;
    h1 = h1 * 5 + 0x52dce729;
    h2 ^= mix2(k);
    h2 = Long.rotateLeft(h2, 31) + h1;
    h2 = h2 * 5 + 0x38495ab5;
    return this;
  }

  /** Feeds a text: its length, then its UTF-16 units four to a word. */
  public StreamHash text(String s) {
    // One copy of the units: under the quick compiler every charAt checks its index and the string's coder.
    char[] c = s.toCharArray();
    int n = c.length;
    word(n);
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      word(c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48);
    }
    if (i < n) {
      long last = 0;
      for (int shift = 0; i < n; i++, shift += 16) {
        last |= (long) c[i] << shift;
      }
      word(last);
    }
    return this;
  }

  /** Feeds bytes: their count, then eight to a word (little-endian). */
  public StreamHash bytes(byte[] b) {
    return bytes(b, 0, b.length);
  }

  /** Feeds {@code length} bytes of {@code b} from {@code offset}: their count, then eight to a word. */
  public StreamHash bytes(byte[] b, int offset, int length) {
    word(length);
    int i = offset;
    int end = offset + length;
    for (; i + 8 <= end; i += 8) {
      word((b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24
          | (b[i + 4] & 0xffL) << 32 | (b[i + 5] & 0xffL) << 40 | (b[i + 6] & 0xffL) << 48 | (b[i + 7] & 0xffL) << 56);
    }
    if (i < end) {
      long last = 0;
      for (int shift = 0; i < end; i++, shift += 8) {
        last |= (b[i] & 0xffL) << shift;
      }
      word(last);
    }
    return this;
  }

  /** The hash of what was fed, as 16 bytes; the hash can be fed on and asked again. */
  public byte[] digest() {
    long a = h1;
    long b = h2;
    if (half) {
      a ^= mix1(pending);
    }
    a ^= words;
    b ^= words;
    a += b;
    b += a;
    a = finish(a);
    b = finish(b);
    a += b;
    b += a;
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (a >>> (8 * i));
      out[8 + i] = (byte) (b >>> (8 * i));
    }
    return out;
  }

  /** The hash as 32 lower-case hex digits. */
  public String hex() {
    return HexFormat.of().formatHex(digest());
  }

  private static long mix1(long k) {
    return Long.rotateLeft(k * C1, 31) * C2;
  }

  private static long mix2(long k) {
    return Long.rotateLeft(k * C2, 33) * C1;
  }

  private static long finish(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    return k ^ k >>> 33;
  }
}
