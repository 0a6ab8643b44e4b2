package com.claritycoach.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * {@code analyze} reads files people bring from anywhere, so the reader must turn any bytes into
 * answers or into one {@link CsvFormatException} line, never another exception or a hang. In a plain
 * {@code mvn verify} this replays the inputs in {@code AnswersCsvFuzzTestInputs} (regression mode);
 * with {@code JAZZER_FUZZ=1} Jazzer fuzzes it for {@code maxDuration} and adds any crash it finds to
 * that folder.
 */
class AnswersCsvFuzzTest {
    private static final PromptResolver PROMPTS = PromptResolver.of(PlaybookCatalog.builtIn());

    @FuzzTest(maxDuration = "30s")
    void anyBytesReadAsAnswersOrAOneLineRowError(byte[] file) {
        List<CheckInAnswers> checkIns;
        try {
            checkIns = AnswersCsv.read(new ByteArrayInputStream(file), PROMPTS);
        } catch (CsvFormatException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            return;
        }
        assertThat(checkIns).isNotEmpty();
        assertThat(checkIns).allSatisfy(c -> assertThat(c.answers()).allSatisfy(a -> {
            assertThat(a.kind()).isNotNull();
            assertThat(a.text()).isNotBlank();
        }));
    }
}
