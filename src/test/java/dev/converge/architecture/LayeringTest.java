package dev.converge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the dependencies pointing down the layers of STYLE.md: cli -> app -> adapters -> plan -> diff -> model. */
class LayeringTest {

    // ArchUnit's DO_NOT_INCLUDE_TESTS only knows target/test-classes; a build with -DbuildDir=/tmp/x puts the
    // test classes in /tmp/x/test-classes, so any folder of that name is left out.
    private static final ImportOption NO_TEST_CLASSES = location -> !location.contains("/test-classes/");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(NO_TEST_CLASSES)
            .importPackages("dev.converge");

    @Test
    void modelDiffAndPlanArePure() {
        noClasses().that().resideInAnyPackage("dev.converge.model..", "dev.converge.change..", "dev.converge.diff..",
                        "dev.converge.plan..", "dev.converge.lint..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.postgresql..", "picocli..",
                        "org.yaml..", "net.sf.jsqlparser..", "dev.converge.inspect..", "dev.converge.source..",
                        "dev.converge.apply..", "dev.converge.report..", "dev.converge.app..", "dev.converge.cli..",
                        "dev.converge.connect..")
                .check(CLASSES);
    }

    @Test
    void modelDependsOnNothingAbove() {
        noClasses().that().resideInAPackage("dev.converge.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.converge.change..", "dev.converge.diff..",
                        "dev.converge.plan..")
                .check(CLASSES);
    }

    @Test
    void theChangeVocabularyKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("dev.converge.change..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.converge.diff..", "dev.converge.plan..")
                .check(CLASSES);
    }

    @Test
    void planningReadsChangesNotTheDiffAlgorithm() {
        noClasses().that().resideInAPackage("dev.converge.plan..")
                .should().dependOnClassesThat().resideInAPackage("dev.converge.diff..")
                .check(CLASSES);
    }

    @Test
    void lintRulesReadModelChangesAndPlansOnly() {
        noClasses().that().resideInAPackage("dev.converge.lint..")
                .should().dependOnClassesThat().resideInAPackage("dev.converge.diff..")
                .check(CLASSES);
    }

    @Test
    void diffDoesNotKnowAboutPlanning() {
        noClasses().that().resideInAPackage("dev.converge.diff..")
                .should().dependOnClassesThat().resideInAPackage("dev.converge.plan..")
                .check(CLASSES);
    }

    @Test
    void nobodyDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("dev.converge.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.converge.cli..")
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotDependOnWorkflows() {
        noClasses().that().resideInAnyPackage("dev.converge.inspect..", "dev.converge.source..",
                        "dev.converge.apply..", "dev.converge.report..", "dev.converge.connect..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.converge.app..", "dev.converge.cli..")
                .check(CLASSES);
    }

    /**
     * The workflows compose; the adapters talk SQL. A workflow that needs a fact from a server asks an inspect
     * query, and what runs statements lives in apply (issue 16).
     */
    @Test
    void workflowsRunNoSqlOfTheirOwn() {
        noClasses().that().resideInAnyPackage("dev.converge.app..", "dev.converge.cli..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .check(CLASSES);
    }

    @Test
    void reportsRenderPlansAndReadNoDesiredState() {
        noClasses().that().resideInAPackage("dev.converge.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.converge.source..", "dev.converge.inspect..",
                        "dev.converge.apply..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWorkflowsAndTheLoaderUseDevServers() {
        noClasses().that().resideOutsideOfPackages("dev.converge.source..", "dev.converge.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.converge.source.dev..")
                .check(CLASSES);
    }

    @Test
    void onlySourceUsesParsersAndOnlyReportUsesDiffUtils() {
        noClasses().that().resideOutsideOfPackage("dev.converge.source..")
                .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "net.sf.jsqlparser..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.converge.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.difflib..")
                .check(CLASSES);
    }

    @Test
    void onlyTheGitReaderUsesJGit() {
        noClasses().that().resideOutsideOfPackage("dev.converge.source.git..")
                .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.jgit..")
                .check(CLASSES);
    }
}
