package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shared corpus's feeds in legacy charsets that declare none (encoding/chardet/) are read in
 * the charset their bytes point to: their headlines come out in their own script, not as
 * windows-1252 mojibake, and the reader says what it did.
 */
class UndeclaredCharsetCorpusTest {
  private static final Path CHARDET = FeedCorpusTest.CORPUS.resolve("encoding/chardet");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "koi8r.xml,       KOI8-R,       CYRILLIC",
      "shiftjis.xml,    Shift_JIS,    HIRAGANA",
      "eucjp.xml,       EUC-JP,       HIRAGANA",
      "euckr.xml,       EUC-KR,       HANGUL",
      "gb2312.xml,      GB18030,      HAN",
      "big5.xml,        Big5,         HAN",
      "tis620.xml,      TIS-620,      THAI",
      "windows1255.xml, windows-1255, HEBREW",
  })
  void readsALegacyCharsetNobodyDeclaredInItsOwnScript(String file, String charset, UnicodeScript script)
      throws Exception {
    Path feed = CHARDET.resolve(file);
    Assumptions.assumeTrue(Files.isRegularFile(feed), "skipped: the shared feed corpus is absent");
    ParsedFeed parsed = new FeedReader().read(Files.readAllBytes(feed), null, null);
    assertThat(parsed.charset()).isEqualTo(charset);
    String text = parsed.title() + " " + String.join(" ", parsed.entries().stream().map(FeedEntry::title).toList());
    Set<UnicodeScript> scripts = new java.util.HashSet<>();
    text.codePoints().filter(Character::isLetter).forEach(c -> scripts.add(UnicodeScript.of(c)));
    assertThat(scripts).contains(script);
    assertThat(text).doesNotContain("\uFFFD");
    assertThat(parsed.warnings()).anyMatch(w -> w.contains("read as " + charset));
  }
}
