package ru.officialpages;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
    static final ArchRule repositoriesReadNoClock = noClasses()
            .that().resideInAPackage("ru.officialpages.storage..").and().haveSimpleNameEndingWith("Repository")
            .should().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .because("the time a record is written with comes from the caller, so it can be fixed in a test (issue 15)");

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
            .that().resideInAnyPackage("..storage..", "..report..", "..imports..", "..text..", "..formats..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..", "..app..")
            .because("arrows point down only");

    @ArchTest
    static final ArchRule storageSaysNothingInRussian = noClasses()
            .that().resideInAPackage("ru.officialpages.storage..")
            .should().dependOnClassesThat().resideInAPackage("ru.officialpages.i18n..")
            .because("storage names its failures (StorageException.Failure and the details); the desks say them"
                    + " in Russian (desk.Refusals, issue 15)");

    @ArchTest
    static final ArchRule uiAndCliDoNotKnowTheEntryPoint = noClasses()
            .that().resideInAnyPackage("..ui..", "..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..app..")
            .because("app wires ui and cli, not the other way round");

    /**
     * design.md's layers: ui and cli call the desks and never storage, with no exception left (the
     * screens' and commands' wiring records, UiContext and CliServices, carry desks only); the desks
     * combine report, imports, connect, text and storage; storage uses rules and domain only. report
     * and imports do not reach storage either: the desks hand them plain values through the ports in
     * domain (ReportFigures for the weekly reports, domain.transfer's TableDump and TableLoad for the
     * whole-data transfer). Only the desks, the entry point that wires them and the demo filler
     * touch storage (docs/decisions/desks-use-case-layer.md). report and imports do not call each other
     * either: the sheet and column names both need (PageColumns, FullExportNames) live beside them,
     * in formats.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("ru.officialpages.app..")
            .layer("Ui").definedBy("ru.officialpages.ui..")
            .layer("Cli").definedBy("ru.officialpages.cli..")
            .layer("Desk").definedBy("ru.officialpages.desk..")
            .optionalLayer("Connect").definedBy("ru.officialpages.connect..")
            .layer("Report").definedBy("ru.officialpages.report..")
            .layer("Imports").definedBy("ru.officialpages.imports..")
            .layer("Formats").definedBy("ru.officialpages.formats..")
            .layer("Text").definedBy("ru.officialpages.text..")
            .layer("Demo").definedBy("ru.officialpages.demo..")
            .layer("Storage").definedBy("ru.officialpages.storage..")
            .layer("Rules").definedBy("ru.officialpages.rules..")
            .layer("Domain").definedBy("ru.officialpages.domain..")
            .layer("I18n").definedBy("ru.officialpages.i18n..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Desk").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
            .whereLayer("Connect").mayOnlyBeAccessedByLayers("Desk", "App")
            // The view models still build their table exports and printouts (report) and show import previews.
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Desk", "Ui", "Cli", "App")
            .whereLayer("Imports").mayOnlyBeAccessedByLayers("Desk", "Ui", "Cli", "App")
            // The sheet and column names the writers (report) and the readers (imports) share, and how a
            // text file the user brings is decoded (imports and text read such files).
            .whereLayer("Formats").mayOnlyBeAccessedByLayers("Report", "Imports", "Text")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("Desk", "Ui", "Cli", "App")
            .whereLayer("Demo").mayOnlyBeAccessedByLayers("Desk", "Ui", "Cli", "App")
            .whereLayer("Storage").mayOnlyBeAccessedByLayers("Desk", "App", "Demo")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Ui", "Cli", "App", "Desk", "Connect", "Report", "Imports",
                    "Text", "Demo", "Storage")
            .whereLayer("Domain").mayNotAccessAnyLayer()
            .whereLayer("I18n").mayNotAccessAnyLayer()
            .because("screens and commands call desks; storage decides nothing (design.md, issue 15)");

    @ArchTest
    static final ArchRule connectUsesOnlyDomainAndRules = noClasses()
            .that().resideInAPackage("ru.officialpages.connect..")
            .should().dependOnClassesThat().resideInAnyPackage("ru.officialpages.storage..", "ru.officialpages.ui..",
                    "ru.officialpages.cli..", "ru.officialpages.desk..", "ru.officialpages.report..",
                    "ru.officialpages.imports..", "ru.officialpages.text..", "ru.officialpages.app..")
            .allowEmptyShould(true)
            .because("connectors read platforms and answer in domain terms; a desk stores what they read");

    @ArchTest
    static final ArchRule httpOnlyInConnect = noClasses()
            .that().resideOutsideOfPackages("ru.officialpages.connect..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .because("outside APIs are read only in connect (design.md)");

    @ArchTest
    static final ArchRule noCycles = slices().matching("ru.officialpages.(*)..").should().beFreeOfCycles();
}
