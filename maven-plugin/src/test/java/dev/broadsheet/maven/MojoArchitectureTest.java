package dev.broadsheet.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.broadsheet.Broadsheet;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/** The Mojos are thin: they use the entry point, its options and results, and the base, nothing else. */
@AnalyzeClasses(packages = "dev.broadsheet.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class MojoArchitectureTest {

  @ArchTest
  static final ArchRule mojosUseOnlyThePublicApi = noClasses().that().resideInAPackage("dev.broadsheet.maven..")
      .should().dependOnClassesThat(DescribedPredicate.describe("Broadsheet classes outside the public API",
          c -> c.getPackageName().startsWith("dev.broadsheet.") && !c.getPackageName().equals("dev.broadsheet.maven")
              && !c.getPackageName().equals("dev.broadsheet.base") && !returnedByTheEntryPoint().contains(c.getName())));

  /** The stage classes the entry point's public methods return: a preview server, say. */
  private static Set<String> returnedByTheEntryPoint() {
    Set<String> names = new TreeSet<>();
    for (Method m : Broadsheet.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        names.add(m.getReturnType().getName());
      }
    }
    return names;
  }
}
