package com.claritycoach.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Each platform's SDK stays inside its adapter: the retired Bot Framework SDK in {@code teams-adapter}
 * and Bolt in {@code slack-adapter}, so either can be replaced without touching the app or the other
 * adapter.
 */
class AdapterBoundaryTest {
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.claritycoach");

    @Test
    void botFrameworkTypesAreUsedOnlyInTheTeamsAdapter() {
        noClasses().that().resideOutsideOfPackage("com.claritycoach.teams..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..").check(PRODUCT);
    }

    @Test
    void slackTypesAreUsedOnlyInTheSlackAdapter() {
        noClasses().that().resideOutsideOfPackage("com.claritycoach.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..").check(PRODUCT);
    }

    @Test
    void everyModuleIsImported() {
        assertThat(PRODUCT.containPackage("com.claritycoach.teams")).isTrue();
        assertThat(PRODUCT.containPackage("com.claritycoach.slack")).isTrue();
        assertThat(PRODUCT.containPackage("com.claritycoach.app")).isTrue();
    }
}
