package com.claritycoach.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays free of platform types, so adapters can change without touching the coach. */
class PlatformIndependenceTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.claritycoach.core");

    @Test
    void coreImportsNoSlackType() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.slack..").check(CORE);
    }

    @Test
    void coreImportsNoBotFrameworkType() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..").check(CORE);
    }

    @Test
    void coreClassesAreFound() {
        org.assertj.core.api.Assertions.assertThat(CORE.containPackage("com.claritycoach.core.engine")).isTrue();
    }
}
