package com.sentimenttriage;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout as a rule: one package per feature, {@code triage} the contract every feature shares (process
 * keys, element ids, typed variables) and depending on none, {@code engine} the Camunda engine tuning, wired in by
 * its own Spring configuration and the only place that reaches into Camunda's internals.
 *
 * <p>{@link #MAY_DEPEND_ON} is the whole map: a dependency between two top-level packages that it does not list
 * fails, so a new back-edge shows up here, not in a review months later. Adjusting the architecture means editing
 * that one table (and, while another branch is still removing an edge, {@link #BEING_REMOVED}).
 */
class ArchitectureTest {

  private static final String ROOT = "com.sentimenttriage";

  /** The contract package: every package may depend on it, and it on none of them. */
  private static final String CONTRACT = "triage";

  /** The engine tuning package: FEEL, history, routing tables, plugins. */
  private static final String ENGINE = "engine";

  /**
   * Each top-level package under {@value #ROOT} and the packages it may depend on, besides itself and
   * {@value #CONTRACT}. A package that is not in this table fails the test until it is added. The application
   * class and the command-line entry point ({@code ""}, the root package itself) wire everything together.
   */
  private static final Map<String, Set<String>> MAY_DEPEND_ON = Map.ofEntries(
      entry("", Set.of("*")),
      entry(CONTRACT, Set.of()),
      entry(ENGINE, Set.of()),
      entry("records", Set.of()),
      entry("cli", Set.of()),
      entry("security", Set.of()),
      entry("accounts", Set.of("records")),
      entry("scoring", Set.of("cli", "records")),
      entry("autoconfigure", Set.of("scoring")),
      entry("coaching", Set.of("records", "scoring")),
      entry("intake", Set.of("cli", "records", "scoring")),
      entry("gating", Set.of("accounts", "cli", "records")),
      entry("alerting", Set.of("accounts", "gating", "records", "scoring")),
      entry("review", Set.of("accounts", "alerting", "gating", "intake", "records")),
      entry("rollout", Set.of(ENGINE, "alerting", "records", "review", "security")),
      entry("writeback", Set.of("intake", "records", "rollout")),
      entry("flags", Set.of("records")),
      entry("dashboard", Set.of("accounts", "alerting", "coaching", "records", "rollout", "scoring", "security")),
      entry("learning", Set.of("dashboard", "records", "scoring")),
      entry("monitoring", Set.of("alerting", "dashboard", "records")),
      entry("recall", Set.of("accounts", "records", "rollout", "scoring")),
      entry("followthrough", Set.of("accounts", "alerting", "dashboard", "records", "review")),
      entry("survey", Set.of("intake")),
      entry("demo", Set.of("accounts", "followthrough", "monitoring", "recall", "rollout")));

  /**
   * Back-edges still being removed, tolerated until they are gone (each "from -> to"); empty now.
   */
  private static final Set<String> BEING_REMOVED = Set.of();

  /**
   * The engine's classes that features may use: beans its configuration exposes for injection. Everything else in
   * {@value #ENGINE} (plugins, the FEEL engine, the history handler) is reached only through that configuration.
   */
  private static final Set<String> ENGINE_BEANS = Set.of(ROOT + ".engine.RoutingTables");

  /** Camunda's internals and the classes it shades: for {@value #ENGINE} only. */
  private static final Pattern CAMUNDA_INTERNALS =
      Pattern.compile("(org\\.camunda\\.bpm\\..*\\.impl\\..*|camundajar\\..*|org\\.camunda\\.feel\\..*)");

  /**
   * Classes in internal packages that other packages may still use, each with its reason: package (or "*") ->
   * class-name prefix.
   */
  private static final Map<String, Set<String>> INTERNALS_ALLOWED = Map.of(
      // IdentityService#getCurrentAuthentication, a public method, returns this type: there is no other route.
      "*", Set.of("org.camunda.bpm.engine.impl.identity.Authentication"),
      // The webapps' and the REST API's documented single-sign-on extension points (container-based
      // authentication filter, authentication provider) live in these packages.
      "security", Set.of("org.camunda.bpm.webapp.impl.security.auth.", "org.camunda.bpm.engine.rest.security.auth."));

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void everyTopLevelPackageIsInTheTable() {
    Set<String> packages = classes.stream().map(ArchitectureTest::topLevelPackage)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(MAY_DEPEND_ON.keySet()).as("packages in MAY_DEPEND_ON").containsAll(packages);
  }

  @Test
  void packagesDependOnlyAsTheTableSays() {
    classes().should(dependOnlyAsTheTableSays()).check(classes);
  }

  @Test
  void noCyclesBetweenTopLevelPackages() {
    SliceRule rule = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
    for (String edge : BEING_REMOVED) {
      String[] ends = edge.split(" -> ");
      rule = rule.ignoreDependency(resideInAPackage(ROOT + "." + ends[0] + ".."),
          resideInAPackage(ROOT + "." + ends[1] + ".."));
    }
    rule.check(classes);
  }

  @Test
  void theEngineTuningIsUsedOnlyThroughItsSpringConfiguration() {
    classes().that().resideOutsideOfPackage(ROOT + "." + ENGINE + "..")
        .should(new ArchCondition<>("use of " + ENGINE + " only through the beans of its configuration") {
          @Override
          public void check(JavaClass origin, ConditionEvents events) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
              JavaClass target = dependency.getTargetClass();
              if (target.getPackageName().startsWith(ROOT + "." + ENGINE)
                  && !ENGINE_BEANS.contains(target.getName())) {
                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
              }
            }
          }
        })
        .check(classes);
  }

  @Test
  void onlyTheEnginePackageReachesIntoCamundaInternals() {
    classes().that().resideOutsideOfPackage(ROOT + "." + ENGINE + "..")
        .should(new ArchCondition<>("use no Camunda internals or shaded classes (" + CAMUNDA_INTERNALS + ")") {
          @Override
          public void check(JavaClass origin, ConditionEvents events) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
              String target = dependency.getTargetClass().getName();
              if (CAMUNDA_INTERNALS.matcher(target).matches() && !internalAllowed(origin, target)) {
                events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
              }
            }
          }
        })
        .check(classes);
  }

  private static boolean internalAllowed(JavaClass origin, String target) {
    return Set.of("*", topLevelPackage(origin)).stream()
        .flatMap(key -> INTERNALS_ALLOWED.getOrDefault(key, Set.of()).stream())
        .anyMatch(target::startsWith);
  }

  private static ArchCondition<JavaClass> dependOnlyAsTheTableSays() {
    return new ArchCondition<>("depend only on the packages MAY_DEPEND_ON lists") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = topLevelPackage(origin);
        Set<String> allowed = MAY_DEPEND_ON.getOrDefault(from, Set.of());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Optional<String> to = ownPackage(dependency.getTargetClass());
          if (to.isEmpty() || to.get().equals(from) || to.get().equals(CONTRACT) || allowed.contains("*")
              || allowed.contains(to.get()) || BEING_REMOVED.contains(from + " -> " + to.get())) {
            continue;
          }
          events.add(SimpleConditionEvent.violated(origin,
              "[" + (from.isEmpty() ? "(root)" : from) + " -> " + to.get() + "] " + dependency.getDescription()));
        }
      }
    };
  }

  /** The top-level package under {@value #ROOT} a class of ours is in ({@code ""} for the root itself). */
  private static String topLevelPackage(JavaClass javaClass) {
    return ownPackage(javaClass).orElse("");
  }

  private static Optional<String> ownPackage(JavaClass javaClass) {
    String name = javaClass.getPackageName();
    if (name.equals(ROOT)) {
      return Optional.of("");
    }
    if (!name.startsWith(ROOT + ".")) {
      return Optional.empty();
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }
}
