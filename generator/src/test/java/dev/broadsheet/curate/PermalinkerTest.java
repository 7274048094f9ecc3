package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermalinkerTest {
  @Test
  void sectionsInScriptsSlugsDoNotKeepEachHaveTheirOwnAddress() {
    // Two sections in Chinese were both "untitled", and so one section.
    assertThat(Edition.sectionSlug("国际")).startsWith("section-").isNotEqualTo(Edition.sectionSlug("体育"));
    assertThat(Edition.sectionSlug("国际")).isEqualTo(Edition.sectionSlug(" 国际 "));
    assertThat(Edition.sectionSlug("Мир")).isEqualTo("mir");
    assertThat(Edition.sectionSlug("World")).isEqualTo(Edition.sectionSlug("WORLD")).isEqualTo("world");
    // What a slug drops is told by a digest: two sections sharing only a number stay two.
    assertThat(Edition.sectionSlug("国际 2026")).startsWith("2026-").isNotEqualTo(Edition.sectionSlug("体育 2026"));
    assertThat(Edition.sectionSlug(null)).isEqualTo("untitled");
  }

  @Test
  void sectionsNamedDifferentlyThatShareOnePageAreWarnedOf() {
    dev.broadsheet.config.SiteConfig config = new dev.broadsheet.config.ConfigLoader().parse("title: T\n"
        + "baseUrl: https://e.org/\nsources:\n  - {id: gorod, name: Gorod, url: g.xml, section: Экономика}\n"
        + "  - {id: dnipro, name: Dnipro, url: d.xml, section: Економіка}\n"
        + "  - {id: wire, name: Wire, url: w.xml, section: World}\n  - {id: post, name: Post, url: p.xml, section: WORLD}\n",
        java.nio.file.Path.of("/tmp/site"), "broadsheet.yaml");
    Digest digest = new DigestAssembler(config).assemble(java.util.List.of(), java.util.List.of()).digest();
    assertThat(SectionWarnings.of(config, digest)).extracting(Object::toString).containsExactly(
        "broadsheet.yaml: warning: the sections 'Економіка', 'Экономика' share one page (sections/ekonomika/): their"
            + " names make the same address, so their stories are listed together; rename one of them");
  }

  @Test
  void tagsInScriptsSlugsDoNotKeepAreNamedByADigestOfTheirSpelling() {
    assertThat(Permalinker.tagSlug("日本")).matches("tag-[0-9a-f]{10}").isEqualTo(Permalinker.tagSlug("日本 "));
    assertThat(Permalinker.tagSlug("Россия")).isEqualTo("rossiya");
    assertThat(Permalinker.tagSlug("Port Alder")).isEqualTo(Permalinker.tagSlug("port-alder"));
  }
}
