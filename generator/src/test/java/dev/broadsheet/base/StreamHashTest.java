package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamHashTest {
  @Test
  void isTheSameInEveryJvmForTheSameInput() {
    // Pinned: caches of earlier builds hold these hashes; a change would make every page look changed.
    assertThat(new StreamHash().text("Ferry runs late").word(42).bytes(new byte[] {1, 2, 3}).hex())
        .isEqualTo(new StreamHash().text("Ferry runs late").word(42).bytes(new byte[] {1, 2, 3}).hex())
        .isEqualTo("3f26f4d188328e107cc46e7753e708df");
    assertThat(new StreamHash().hex()).hasSize(32).isNotEqualTo(new StreamHash().word(0).hex());
  }

  @Test
  void whereOneTextEndsAndTheNextBeginsIsPartOfTheHash() {
    assertThat(new StreamHash().text("ab").text("c").hex()).isNotEqualTo(new StreamHash().text("a").text("bc").hex());
    assertThat(new StreamHash().text("").text("x").hex()).isNotEqualTo(new StreamHash().text("x").text("").hex());
    byte[] abc = "abc".getBytes(StandardCharsets.UTF_8);
    assertThat(new StreamHash().bytes(abc, 0, 2).bytes(abc, 2, 1).hex())
        .isNotEqualTo(new StreamHash().bytes(abc, 0, 1).bytes(abc, 1, 2).hex());
    // Trailing zeros are not padding: a text of four units and one of three plus a NUL differ.
    assertThat(new StreamHash().text("abc\0").hex()).isNotEqualTo(new StreamHash().text("abc").hex());
  }

  @Test
  void everyUnitOfATextOrByteCountsWhereverItIs() {
    String base = "The council approved the new ferry timetable on Tuesday, with changes from March";
    String hash = new StreamHash().text(base).hex();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < base.length(); i++) {
      String changed = base.substring(0, i) + (char) (base.charAt(i) ^ 1) + base.substring(i + 1);
      assertThat(seen.add(new StreamHash().text(changed).hex())).isTrue();
    }
    assertThat(seen).doesNotContain(hash);
    byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
    String bytesHash = new StreamHash().bytes(bytes).hex();
    for (int i = 0; i < bytes.length; i++) {
      byte[] flipped = bytes.clone();
      flipped[i] ^= (byte) 0x80;
      assertThat(new StreamHash().bytes(flipped).hex()).isNotEqualTo(bytesHash);
    }
  }

  @Test
  void aHundredThousandShortSimilarTextsHaveDistinctHashes() {
    Set<String> hashes = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      hashes.add(new StreamHash().text("articles/" + i + "/index.html").word(random.nextInt(3)).hex());
    }
    assertThat(hashes).hasSize(100_000);
  }

  @Test
  void askingForTheHashDoesNotEndTheStream() {
    StreamHash hash = new StreamHash().word(1);
    String first = hash.hex();
    assertThat(hash.hex()).isEqualTo(first);
    assertThat(hash.word(2).hex()).isEqualTo(new StreamHash().word(1).word(2).hex());
  }
}
