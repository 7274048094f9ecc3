package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurationRecordTest {
  @Test
  void aCurationsProblemsComeBackAsTheyWereWhateverTheirTextHolds() {
    UpToDate.Curated curated = new UpToDate.Curated("abc-images-17", 12, 3, Instant.parse("2026-11-20T21:00:00Z"),
        List.of(Problem.warning("picks/a b.md", "tab\there, line\nbreak, back\\slash\\n and \\t"),
            Problem.at("broadsheet.yaml", 7, "an error")), Instant.parse("2026-11-20T22:00:00Z"));
    String text = CurationRecord.text(curated);
    assertThat(text.lines()).hasSize(3);
    assertThat(CurationRecord.parse(text.lines().toList())).isEqualTo(curated);
  }

  @Test
  void aRecordWithoutADueDownloadSaysSoAndADamagedOneIsNone() {
    UpToDate.Curated settled = new UpToDate.Curated("abc", 1, 1, null, List.of(), null);
    assertThat(CurationRecord.parse(CurationRecord.text(settled).lines().toList())).isEqualTo(settled);
    assertThat(CurationRecord.parse(List.of("abc 1 1"))).isNull();
    assertThat(CurationRecord.parse(List.of("abc 1 1 - -", "problem\tWARNING\t0\tonly four"))).isNull();
  }
}
