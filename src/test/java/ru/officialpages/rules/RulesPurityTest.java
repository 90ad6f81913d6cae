package ru.officialpages.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** design.md: rules are pure Java, time is passed in. */
class RulesPurityTest {
    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.officialpages.rules", "ru.officialpages.imports");

    @Test
    void rulesReadNoFilesNoDatabaseNoScreensAndNoClock() {
        noClasses().that().resideInAPackage("ru.officialpages.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..", "javafx..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(rules);
        noClasses().that().resideInAPackage("ru.officialpages.rules..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .check(rules);
    }

    @Test
    void calendarImportsUseNoDatabaseAndNoScreens() {
        noClasses().that().resideInAPackage("ru.officialpages.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javafx..")
                .check(rules);
    }
}
