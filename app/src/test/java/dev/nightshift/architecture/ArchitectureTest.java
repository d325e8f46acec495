package dev.nightshift.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * Guards the module and package rules of DESIGN §2 and STYLE.md on the compiled classes, so that a
 * wrong import fails the build instead of waiting for a review. The app's test classpath holds
 * core, adapters, sim and app, so this one class sees every runtime module.
 */
@AnalyzeClasses(
    packages = "dev.nightshift",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  private static final String CORE = "dev.nightshift.core..";
  private static final String ADAPTERS = "dev.nightshift.adapters..";
  private static final String SIM = "dev.nightshift.sim..";
  private static final String APP = "dev.nightshift.app..";

  /**
   * Leaves out test-jars (core's shared fixtures reach app as {@code nightshift-core-*-tests.jar},
   * which {@link ImportOption.DoNotIncludeTests} does not recognise): test code may use JUnit,
   * AssertJ and mutable fakes.
   */
  static final class NoTestJars implements ImportOption {
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
      return !location.matches(TEST_JAR);
    }
  }

  @ArchTest
  static final ArchRule coreDependsOnlyOnTheJdkSlf4jAndJspecify =
      classes()
          .that()
          .resideInAPackage(CORE)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", CORE, "org.slf4j..", "org.jspecify..")
          .because(
              "core is the domain: it must run anywhere (simulator, tests, any adapter) and"
                  + " reaches the outside world only through its own ports");

  @ArchTest
  static final ArchRule coreDoesNoNetworkDatabaseProcessOrFileIo =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("java.net.http..", "java.sql..")
                  .or(belongToAnyOf(ProcessBuilder.class, Runtime.class, java.nio.file.Files.class))
                  .or(nameMatching("java\\.io\\.(Random[A-Za-z]*)?File[A-Za-z]*(\\$.*)?")))
          .because(
              "I/O belongs in adapters behind core's ports (MetricSource, Executor, IncidentStore,"
                  + " ...), so the simulator can replay the same pipeline on a virtual clock;"
                  + " java.nio.file.Path as a value is fine, reading or running things is not");

  @ArchTest
  static final ArchRule adaptersDoNotDependOnEachOther =
      slices()
          .matching("dev.nightshift.adapters.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              resideInAPackage("dev.nightshift.adapters.."),
              resideInAPackage("dev.nightshift.adapters.net.."))
          .because(
              "each adapter wraps one technology behind core's ports; only app combines them, so"
                  + " one adapter can be replaced or dropped without touching another (adapters.net"
                  + " is not an adapter: it is the endpoint value they all take)");

  @ArchTest
  static final ArchRule adaptersAndSimDoNotDependOnApp =
      noClasses()
          .that()
          .resideInAnyPackage(ADAPTERS, SIM)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(APP)
          .because("app wires adapters and the simulator together; the arrows point into app");

  // sim has no classes yet; the rule guards its first class, so an empty 'that' is legitimate.
  @ArchTest
  static final ArchRule simDependsOnNeitherAdaptersNorApp =
      noClasses()
          .that()
          .resideInAPackage(SIM)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ADAPTERS, APP)
          .allowEmptyShould(true)
          .because(
              "the simulator stands in for the real platform behind core's ports only, so a drill"
                  + " runs the same pipeline the agent runs, with nothing real behind it");

  @ArchTest
  static final ArchRule onlyAppUsesApp =
      noClasses()
          .that()
          .resideOutsideOfPackage(APP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(APP)
          .because("app is the only module that wires things together; nothing builds on it");

  @ArchTest
  static final ArchRule corePackagesAreFreeOfCycles =
      slices()
          .matching("dev.nightshift.core.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "core's packages follow the pipeline (sla, topology, telemetry, knowledge, ...); a"
                  + " cycle means two concepts can no longer be understood or changed apart");

  @ArchTest
  static final ArchRule noStaticMutableState =
      fields()
          .that()
          .areStatic()
          .and()
          .doNotHaveModifier(JavaModifier.ENUM)
          .and()
          .doNotHaveModifier(JavaModifier.SYNTHETIC)
          .should()
          .beFinal()
          .because(
              "state shared through statics breaks the simulator's replays and parallel tests;"
                  + " state lives in objects that app constructs and passes along");

  @ArchTest
  static final ArchRule noVagueClassNames =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .orShould()
          .haveSimpleNameEndingWith("Helper")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .orShould()
          .haveSimpleNameEndingWith("Port")
          .because(
              "types are named for their role (MetricSource, SupervisordExecutor, IncidentStore):"
                  + " Impl, Manager, Helper, Util and Port say nothing about what a class does");

  @ArchTest
  static final ArchRule noInterfacePrefix =
      noClasses()
          .that()
          .areInterfaces()
          .should()
          .haveNameMatching(".*[.$]I[A-Z][^.$]*")
          .because("an interface is named for its role (Executor), not marked as one (IExecutor)");

  @ArchTest
  static final ArchRule noDependencyInjectionContainerOrLombok =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javax.inject..",
              "jakarta.inject..",
              "com.google.inject..",
              "org.springframework..",
              "lombok..")
          .because(
              "wiring is plain constructors in one class in app, readable top to bottom; values"
                  + " are records. (Lombok's annotations are mostly source-retained, so this"
                  + " catches its class-retained ones and runtime types.)");

  @ArchTest
  static final ArchRule coreHasNoFrameworkOrJsonAnnotations =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..", "picocli..")
          .because(
              "core's records are plain values; how they are (de)serialised or exposed on a"
                  + " command line is decided in app, where Jackson and picocli live");
}
