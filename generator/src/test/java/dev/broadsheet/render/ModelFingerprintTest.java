package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ModelFingerprintTest {
  record Line(String title, int rank, Instant time, List<String> tags) {}

  record Page(Line lead, List<Line> more, Map<String, Object> extra, Optional<LocalDate> day, boolean today) {}

  private static Page page(String title) {
    Line lead = new Line(title, 1, Instant.parse("2026-11-24T10:00:00Z"), List.of("port", "ferries"));
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("a", 1L);
    extra.put("b", Set.of("x", "y"));
    return new Page(lead, List.of(lead, new Line("Second", 2, null, List.of())), extra,
        Optional.of(LocalDate.of(2026, 11, 24)), true);
  }

  @Test
  void isTheSameInEveryJvmForTheSameValues() {
    // Pinned: a cached page's key must not change between builds, processes or releases that do
    // not change what pages show, or every page is rendered again.
    assertThat(new ModelFingerprint(r -> null).of("stamp", "article.ftlh", page("Ferry runs late")))
        .isEqualTo("1da9d566d28ac2f7eb538a8bf2887a4e");
  }

  @Test
  void aPageModelOfOneEntryIsTheSameInEveryJvm() {
    // A page's model is a map of one entry ("article" and its view): the key nearly every page has.
    ModelFingerprint fingerprints = new ModelFingerprint(r -> null);
    String before = fingerprints.of("stamp", "article.ftlh", Map.of("article", page("Ferry runs late")));
    fingerprints.expect(1000);
    assertThat(fingerprints.of("stamp", "article.ftlh", Map.of("article", page("Ferry runs late"))))
        .isEqualTo(before).isEqualTo("44303139f383d316aa31fc2d98746e14");
  }

  @Test
  void changesWithAnyComponentButNotWithTheOrderOfAMapOrSet() {
    ModelFingerprint fingerprints = new ModelFingerprint(r -> null);
    String one = fingerprints.of(page("Ferry runs late"));
    assertThat(fingerprints.of(page("Ferry runs late"))).isEqualTo(one);
    assertThat(fingerprints.of(page("Ferry runs later"))).isNotEqualTo(one);
    Page reordered = page("Ferry runs late");
    Map<String, Object> extra = new TreeMap<>(java.util.Comparator.reverseOrder());
    extra.putAll(reordered.extra());
    assertThat(fingerprints.of(new Page(reordered.lead(), reordered.more(), extra, reordered.day(), true))).isEqualTo(one);
    assertThat(fingerprints.of(new Page(reordered.lead(), reordered.more(), reordered.extra(), reordered.day(), false)))
        .isNotEqualTo(one);
    // A number is not the same value as its text, nor a list its elements one by one.
    assertThat(fingerprints.of(1L)).isNotEqualTo(fingerprints.of("1"));
    assertThat(fingerprints.of(List.of("a", "b"))).isNotEqualTo(fingerprints.of("a", "b"));
    // Nor a map of one entry its key and value, or the set of them.
    assertThat(fingerprints.of(Map.of("a", "b"))).isNotEqualTo(fingerprints.of(List.of("a", "b")))
        .isNotEqualTo(fingerprints.of("a", "b")).isNotEqualTo(fingerprints.of(Set.of("a", "b")))
        .isNotEqualTo(fingerprints.of(Map.of("b", "a"))).isNotEqualTo(fingerprints.of(Map.of("a", "b", "c", "d")));
  }

  @Test
  void aRecordWithAKnownDigestIsRepresentedByIt() {
    Line line = page("x").lead();
    ModelFingerprint byDigest = new ModelFingerprint(r -> r instanceof Line ? new byte[] {1, 2} : null);
    assertThat(byDigest.of(line)).isEqualTo(byDigest.of(new Line("other", 9, null, List.of())));
  }

  @Test
  void aValueOfAnUnknownTypeHasNoFingerprint() {
    assertThatThrownBy(() -> new ModelFingerprint(r -> null).of(new Object()))
        .isInstanceOf(ModelFingerprint.Unknown.class);
  }
}
