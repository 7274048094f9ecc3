package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagsTest {
  @Test
  void tagsAsFeedsWriteThemBecomeBcp47() {
    assertThat(LanguageTags.of("en-us")).isEqualTo("en-US");
    assertThat(LanguageTags.of(" pt_BR ")).isEqualTo("pt-BR");
    assertThat(LanguageTags.of("EN")).isEqualTo("en");
    assertThat(LanguageTags.of("zh-hant-tw")).isEqualTo("zh-Hant-TW");
    assertThat(LanguageTags.of("gsw")).isEqualTo("gsw");
  }

  @Test
  void whatNamesNoLanguageIsNone() {
    assertThat(LanguageTags.of(null)).isNull();
    assertThat(LanguageTags.of(" ")).isNull();
    assertThat(LanguageTags.of("und")).isNull();
    assertThat(LanguageTags.of("English")).isNull();
    assertThat(LanguageTags.of("en--US")).isNull();
    assertThat(LanguageTags.of("x-private")).isNull();
  }

  @Test
  void regionsDoNotMakeAnotherLanguage() {
    assertThat(LanguageTags.sameLanguage("en-GB", "en")).isTrue();
    assertThat(LanguageTags.sameLanguage("de", "de-AT")).isTrue();
    assertThat(LanguageTags.sameLanguage("pl", "en")).isFalse();
    assertThat(LanguageTags.sameLanguage("zh-Hant-TW", "zh-Hans")).isFalse();
    assertThat(LanguageTags.sameLanguage("sr-Latn", "sr")).isFalse();
    assertThat(LanguageTags.sameLanguage("zh-Hant-TW", "zh-Hant")).isTrue();
  }

  @Test
  void aLanguageIsWrittenRightToLeftByItsScriptElseByWhatItIs() {
    assertThat(LanguageTags.rightToLeft("he")).isTrue();
    assertThat(LanguageTags.rightToLeft("ar-EG")).isTrue();
    assertThat(LanguageTags.rightToLeft("fa_IR")).isTrue();
    assertThat(LanguageTags.rightToLeft("az-Arab")).isTrue();
    assertThat(LanguageTags.rightToLeft("ku-Latn")).isFalse();
    assertThat(LanguageTags.rightToLeft("ar-u-nu-latn")).isTrue();
    assertThat(LanguageTags.rightToLeft("ar-x-test")).isTrue();
    assertThat(LanguageTags.rightToLeft("en-x-arab")).isFalse();
    assertThat(LanguageTags.rightToLeft("en-GB")).isFalse();
    assertThat(LanguageTags.rightToLeft("")).isFalse();
    assertThat(LanguageTags.rightToLeft(null)).isFalse();
    // Old codes the Locale renames are read as their new names are.
    assertThat(LanguageTags.rightToLeft("iw")).isTrue();
    assertThat(LanguageTags.rightToLeft("ji")).isTrue();
    assertThat(LanguageTags.rightToLeft("in")).isFalse();
    assertThat(LanguageTags.rightToLeft("AR")).isTrue();
    assertThat(LanguageTags.rightToLeft("ckb")).isTrue();
  }
}
