package dev.broadsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The architecture the README draws, enforced: a base every stage may use, stages that depend only
 * on earlier stages, the entry point on top, and a command line that sees only the public API.
 */
@AnalyzeClasses(packages = "dev.broadsheet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The stages in pipeline order; a stage may use the base and the stages before it. */
  static final List<String> STAGES =
      List.of("config", "store", "fetch", "feed", "extract", "picks", "curate", "images", "render", "publish");

  @ArchTest
  static final ArchRule stagesDependOnlyOnTheBaseAndEarlierStages = stageLayers();

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles = slices().assignedFrom(new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      String pkg = c.getPackageName();
      if (pkg.equals("dev.broadsheet")) {
        return SliceIdentifier.of("entry point");
      }
      return pkg.startsWith("dev.broadsheet.") ? SliceIdentifier.of(pkg.split("\\.")[2]) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "Broadsheet's packages, the entry point's own included";
    }
  }).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theCommandLineUsesOnlyThePublicApi = noClasses().that().resideInAPackage("dev.broadsheet.cli..")
      .should().dependOnClassesThat(outsideThePublicApi());

  private static LayeredArchitecture stageLayers() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("dev.broadsheet..")
        .ensureAllClassesAreContainedInArchitecture()
        .layer("base").definedBy("dev.broadsheet.base..")
        .layer("entry point").definedBy("dev.broadsheet")
        .layer("cli").definedBy("dev.broadsheet.cli..");
    for (String stage : STAGES) {
      layers = layers.layer(stage).definedBy("dev.broadsheet." + stage + "..");
    }
    layers = layers.whereLayer("base").mayNotAccessAnyLayer()
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("entry point").mayOnlyBeAccessedByLayers("cli");
    for (int i = 0; i < STAGES.size(); i++) {
      List<String> allowed = new ArrayList<>(STAGES.subList(0, i));
      allowed.add("base");
      layers = layers.whereLayer(STAGES.get(i)).mayOnlyAccessLayers(allowed.toArray(String[]::new));
    }
    return layers;
  }

  /** Broadsheet's own classes that are neither the entry point's package, the base, nor named by the API. */
  static DescribedPredicate<JavaClass> outsideThePublicApi() {
    Set<String> api = publicApi();
    return DescribedPredicate.describe("Broadsheet classes outside the public API " + api, c -> {
      String pkg = c.getPackageName();
      return pkg.startsWith("dev.broadsheet.") && !pkg.startsWith("dev.broadsheet.base")
          && !pkg.startsWith("dev.broadsheet.cli") && !api.contains(c.getName());
    });
  }

  /**
   * The stage classes the public API names: in the public signatures of the entry point package's
   * classes, and from there through record components and nested types.
   */
  static Set<String> publicApi() {
    Set<String> seen = new TreeSet<>();
    Deque<Type> todo = new ArrayDeque<>(List.of(Broadsheet.class, BuildOptions.class, BuildResult.class,
        BuildListener.class, StoryListing.class, PageExtraction.class, PickFile.class));
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType p) {
        todo.push(p.getRawType());
        todo.addAll(Arrays.asList(p.getActualTypeArguments()));
      } else if (type instanceof GenericArrayType a) {
        todo.push(a.getGenericComponentType());
      } else if (type instanceof Class<?> c && c.getName().startsWith("dev.broadsheet") && seen.add(c.getName())) {
        todo.addAll(Arrays.asList(c.getDeclaredClasses()));
        if (c.isRecord()) {
          Arrays.stream(c.getRecordComponents()).map(RecordComponent::getGenericType).forEach(todo::add);
        }
        for (Method m : c.getDeclaredMethods()) {
          // A stage class's own methods are not the API, or a factory taking internals would open them all.
          if (Modifier.isPublic(m.getModifiers()) && c.getPackageName().equals("dev.broadsheet")) {
            todo.add(m.getGenericReturnType());
            todo.addAll(Arrays.asList(m.getGenericParameterTypes()));
            todo.addAll(Arrays.asList(m.getExceptionTypes()));
          }
        }
      }
    }
    return seen;
  }
}
