package dev.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class InlineTextTest {
  private static String text(String html) {
    return InlineText.of(Jsoup.parseBodyFragment(html).body().child(0));
  }

  @Test
  void aLinkedLatinWordInJapaneseIsAWordOfItsOwn() {
    assertThat(text("<p>管理ソフト<a href=\"/k\">KeePass</a>の起動キー</p>")).isEqualTo("管理ソフト KeePass の起動キー");
    assertThat(text("<p>これは<em>Harbour Lines</em>です</p>")).isEqualTo("これは Harbour Lines です");
  }

  @Test
  void japaneseAndLatinInOneRunOfTextKeepTheWritersSpacing() {
    assertThat(text("<p>自分はずっとKeePassを愛用しています。</p>")).isEqualTo("自分はずっとKeePassを愛用しています。");
  }

  @Test
  void chineseSpansAndDigitsAtElementEdgesStayTight() {
    assertThat(text("<p>一波波<span style=\"color:red\">接續性</span>低溫</p>")).isEqualTo("一波波接續性低溫");
    assertThat(text("<p>玉峰村<span>6鄰20號</span></p>")).isEqualTo("玉峰村6鄰20號");
  }

  @Test
  void koreanParticlesStayOnTheLatinWord() {
    assertThat(text("<p><a href=\"/a\">Apple</a>은 새 제품을</p>")).isEqualTo("Apple은 새 제품을");
  }

  @Test
  void latinTextIsWhatElementTextGives() {
    String html = "<p>The <a href=\"/f\">ferry</a>'s second <b>cross</b>ing,<br>from   March&nbsp;on, "
        + "regis&shy;tered<span>.</span></p>";

    assertThat(text(html)).isEqualTo(BodyWriter.normalize(Jsoup.parseBodyFragment(html).body().child(0).text()))
        .isEqualTo("The ferry's second crossing, from March on, registered.");
  }
}
