package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every HTML page of the built sample site passes the Nu Html Checker with no error. */
class HtmlValidationTest {
  @Test
  void everyPageOfTheSampleSiteIsValidHtml(@TempDir Path temp) throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    List<String> errors = new ArrayList<>();
    Path[] current = new Path[1];
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // Warnings are advice, not errors.
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(current[0] + ":" + e.getLineNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add(current[0] + ":" + e.getLineNumber() + ": " + e.getMessage());
      }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
    validator.setUpValidatorAndParsers(handler, true, false);
    int pages = 0;
    try (Stream<Path> files = Files.walk(site.resolve("public"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        current[0] = site.resolve("public").relativize(file);
        validator.checkHtmlFile(file.toFile(), true);
        pages++;
      }
    }
    System.out.println("Nu Html Checker: " + pages + " pages, " + errors.size() + " errors");
    assertThat(errors).isEmpty();
    assertThat(pages).isGreaterThan(100);
  }
}
