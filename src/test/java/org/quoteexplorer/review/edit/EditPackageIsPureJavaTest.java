package org.quoteexplorer.review.edit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The review core is tested without a toolkit, so it must never need one. */
@AnalyzeClasses(packages = "org.quoteexplorer.review.edit", importOptions = ImportOption.DoNotIncludeTests.class)
class EditPackageIsPureJavaTest {

    @ArchTest
    static final ArchRule noToolkitNoIo = noClasses()
            .that().resideInAPackage("org.quoteexplorer.review.edit..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "com.fasterxml..",
                    "java.nio.file..", "org.quoteexplorer.io..", "org.quoteexplorer.engine..",
                    "org.quoteexplorer.cli..");

    @ArchTest
    static final ArchRule independentOfTheViews = noClasses()
            .that().resideInAPackage("org.quoteexplorer.review.edit..")
            .should().dependOnClassesThat().resideInAPackage("org.quoteexplorer.gui..");
}
