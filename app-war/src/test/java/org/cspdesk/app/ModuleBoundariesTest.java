package org.cspdesk.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules that javac checks through module-info, checked again on the class path the WAR
 * really runs with (inside Payara every jar is on one class path, so JPMS guards nothing there).
 */
class ModuleBoundariesTest {
    static final List<String> MODULES =
            List.of("platform", "customers", "subscriptions", "permissions", "reservations", "audit", "dashboard");

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cspdesk");
        // Guard against a vacuous pass: the module classes must really be on the class path.
        assertThat(classes.contain("org.cspdesk.customers.internal.Customer")).isTrue();
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternalOrWebPackages() {
        for (String module : MODULES) {
            noClasses().that().resideOutsideOfPackage("org.cspdesk." + module + "..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage("org.cspdesk." + module + ".internal..", "org.cspdesk." + module + ".web..")
                    .because("modules talk only through each other's api package (docs/architecture.md)")
                    .check(classes);
        }
    }

    @Test
    void theModulesFormNoCycle() {
        slices().matching("org.cspdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noModuleDependsOnTheAssembly() {
        noClasses().that().resideOutsideOfPackage("org.cspdesk.app..")
                .should().dependOnClassesThat().resideInAPackage("org.cspdesk.app..")
                .check(classes);
    }

    @Test
    void modulesDependOnlyDownTheDeclaredGraph() {
        // customers <- subscriptions <- permissions <- reservations; audit observes all; platform below all; the
        // dashboard on top (its Java code only signs in, in development, and serves the application's files).
        for (int i = 0; i < MODULES.size() - 1; i++) {
            String lower = MODULES.get(i);
            for (String higher : MODULES.subList(i + 1, MODULES.size())) {
                noClasses().that().resideInAPackage("org.cspdesk." + lower + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.cspdesk." + higher + "..")
                        .because(lower + " sits below " + higher + " in the module graph")
                        .check(classes);
            }
        }
    }
}
