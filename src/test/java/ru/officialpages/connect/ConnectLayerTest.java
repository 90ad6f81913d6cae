package ru.officialpages.connect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** design.md: HTTP only in connect; connect uses only domain, rules and i18n of the program. */
@AnalyzeClasses(packages = "ru.officialpages", importOptions = ImportOption.DoNotIncludeTests.class)
class ConnectLayerTest {

    @ArchTest
    static final ArchRule httpOnlyInConnect = noClasses()
            .that().resideOutsideOfPackages("..connect..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "com.fasterxml.jackson..", "org.jsoup..")
            .because("the platforms are reached from connect only (design.md)");

    @ArchTest
    static final ArchRule connectUsesOnlyDomainRulesAndI18n = noClasses()
            .that().resideInAPackage("..connect..")
            .should().dependOnClassesThat().resideInAnyPackage("..storage..", "..ui..", "..cli..", "..app..",
                    "..report..", "..imports..", "..text..", "..desk..", "..demo..", "java.sql..", "javafx..")
            .because("connect reads the platforms and nothing else; a desk combines it with storage (design.md)");
}
