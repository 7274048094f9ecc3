package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  @Test
  void aCountReportedLateByAnotherThreadIsNotPrintedBackwards() {
    StringWriter log = new StringWriter();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(log), false);
    printer.stage("fetch");
    for (int done : new int[] {1, 50, 100, 14, 106, 13, 150, 12, 200, 198}) {
      printer.progress("fetch", done, 200);
    }
    assertThat(log.toString().lines()).containsExactly("[broadsheet] fetch", "[broadsheet] fetch 1/200",
        "[broadsheet] fetch 50/200", "[broadsheet] fetch 100/200", "[broadsheet] fetch 150/200",
        "[broadsheet] fetch 200/200");
  }

  @Test
  void eachStageCountsFromTheStart() {
    StringWriter log = new StringWriter();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(log), false);
    printer.stage("fetch");
    printer.progress("fetch", 10, 10);
    printer.stage("extract");
    printer.progress("extract", 1, 10);
    assertThat(log.toString().lines()).containsExactly("[broadsheet] fetch", "[broadsheet] fetch 10/10",
        "[broadsheet] extract", "[broadsheet] extract 1/10");
  }
}
