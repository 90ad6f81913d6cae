package ru.officialpages;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of design.md, held by the build. */
@AnalyzeClasses(packages = "ru.officialpages", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainAndRulesArePure = noClasses()
            .that().resideInAnyPackage("..domain..", "..rules..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javafx..", "java.io..", "java.nio.file..", "org.apache.poi..",
                    "..storage..", "..ui..", "..cli..", "..report..", "..imports..", "..app..", "..demo..")
            .because("domain and rules are pure Java: no I/O, no SQL, no UI (design.md)");

    @ArchTest
    static final ArchRule rulesReadNoClock = noClasses()
            .that().resideInAnyPackage("..domain..", "..rules..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .because("time is passed in to the rules, so every deadline can be tested (design.md)");

    @ArchTest
    static final ArchRule sqlOnlyInStorage = noClasses()
            .that().resideOutsideOfPackages("..storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
            .because("all SQL lives in storage");

    @ArchTest
    static final ArchRule poiOnlyInReportAndImports = noClasses()
            .that().resideOutsideOfPackages("..report..", "..imports..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("Excel files are written in report and read in imports");

    @ArchTest
    static final ArchRule javafxSceneOnlyInUi = noClasses()
            .that().resideOutsideOfPackages("..ui..", "..app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp..")
            .because("only the UI (and the entry point that starts it) knows JavaFX");

    @ArchTest
    static final ArchRule viewModelsHaveNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without a stage (design.md, A screen)");

    @ArchTest
    static final ArchRule lowerLayersDoNotKnowUpperOnes = noClasses()
            .that().resideInAnyPackage("..storage..", "..report..", "..imports..", "..text..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..", "..app..")
            .because("arrows point down only");

    @ArchTest
    static final ArchRule uiAndCliDoNotKnowTheEntryPoint = noClasses()
            .that().resideInAnyPackage("..ui..", "..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..")
            .because("app wires ui and cli, not the other way round");

    @ArchTest
    static final ArchRule noCycles = slices().matching("ru.officialpages.(*)..").should().beFreeOfCycles();
}
