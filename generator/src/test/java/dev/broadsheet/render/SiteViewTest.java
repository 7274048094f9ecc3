package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteViewTest {
  private static Views.Site site(String language) {
    return new Views.Site("T", "", language, "https://e.org/", List.of(), List.of(), null, List.of(), false, false);
  }

  @Test
  void openGraphLocaleIsLanguageAndTerritoryOrNothingWhenTheLanguageNamesNoRegion() {
    assertThat(site("en-GB").ogLocale()).isEqualTo("en_GB");
    assertThat(site("pt-br").ogLocale()).isEqualTo("pt_BR");
    assertThat(site("de").ogLocale()).isEmpty();
    assertThat(site("zh-Hant-TW").ogLocale()).isEqualTo("zh_TW");
    assertThat(site(null).ogLocale()).isEmpty();
  }
}
