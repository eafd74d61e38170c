package org.quoteexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.quoteexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingButTheJdk = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "com.fasterxml..", "org.fxmisc..", "org.controlsfx..", "atlantafx..",
                    "picocli..", "org.jsoup..",
                    "org.quoteexplorer.engine..", "org.quoteexplorer.io..", "org.quoteexplorer.cli..",
                    "org.quoteexplorer.gui..");

    @ArchTest
    static final ArchRule engineIsPureJava = noClasses()
            .that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "com.fasterxml..", "org.fxmisc..", "org.controlsfx..", "atlantafx..",
                    "picocli..", "org.jsoup..", "java.nio.file..",
                    "org.quoteexplorer.io..", "org.quoteexplorer.cli..", "org.quoteexplorer.gui..");

    @ArchTest
    static final ArchRule ioKnowsNoGuiOrCommandLine = noClasses()
            .that().resideInAPackage("..io..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "picocli..",
                    "org.quoteexplorer.cli..", "org.quoteexplorer.gui..");

    @ArchTest
    static final ArchRule commandLineHasNoJavaFx = noClasses()
            .that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "org.quoteexplorer.gui..");

    @ArchTest
    static final ArchRule reviewLayerHasNoToolkit = noClasses()
            .that().resideInAPackage("..review..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "picocli..", "java.nio.file..",
                    "org.quoteexplorer.cli..", "org.quoteexplorer.gui..");

    @ArchTest
    static final ArchRule lowerLayersDoNotCallTheReviewLayer = noClasses()
            .that().resideInAnyPackage("..model..", "..engine..", "..io..")
            .should().dependOnClassesThat().resideInAPackage("org.quoteexplorer.review..");

    @ArchTest
    static final ArchRule guiDoesNotReachIntoTheCommandLine = noClasses()
            .that().resideInAPackage("..gui..")
            .should().dependOnClassesThat().resideInAPackage("org.quoteexplorer.cli..");

    /** The shell composes the features; a feature that reached back into the shell would tie them all together. */
    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheWindowShell = noClasses()
            .that().resideInAnyPackage("org.quoteexplorer.gui.document..", "org.quoteexplorer.gui.article..",
                    "org.quoteexplorer.gui.quotes..", "org.quoteexplorer.gui.speakers..",
                    "org.quoteexplorer.gui.queue..", "org.quoteexplorer.gui.common..")
            .should().dependOnClassesThat().resideInAPackage("org.quoteexplorer.gui");

    @ArchTest
    static final ArchRule clusterJobUsesNoToolkitOrCommandLine = noClasses()
            .that().resideInAPackage("org.quoteexplorer.spark..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..", "picocli..",
                    "org.quoteexplorer.cli..", "org.quoteexplorer.gui..");

    @ArchTest
    static final ArchRule onlyTheClusterJobUsesSpark = noClasses()
            .that().resideOutsideOfPackage("org.quoteexplorer.spark..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.spark..", "org.apache.hadoop..", "scala..", "org.quoteexplorer.spark..");

    /**
     * The launcher decides which JVM the window runs in before anything else loads: it must not pull in
     * the app (the first JVM would load what the second loads again) nor any library.
     */
    @ArchTest
    static final ArchRule theLaunchDecisionNeedsOnlyTheJdk = classes()
            .that().resideInAPackage("org.quoteexplorer.launch..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.quoteexplorer.launch..");
}
