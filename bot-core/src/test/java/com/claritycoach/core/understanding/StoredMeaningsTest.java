package com.claritycoach.core.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredMeaningsTest {
    @TempDir
    Path dir;
    CoachStore store;
    final CountingModel model = new CountingModel();

    @BeforeEach
    void open() {
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theModelReadsEachTextOnceEverAcrossTransactions() {
        List<float[]> first = store.inTransaction(tx -> new StoredMeanings(model, tx).vectors(List.of("borrowers", "donors")));
        List<float[]> again = store.inTransaction(tx -> new StoredMeanings(model, tx).vectors(List.of("donors", "borrowers", "patrons")));

        assertThat(model.read).containsExactly("borrowers", "donors", "patrons");
        assertThat(again.get(0)).containsExactly(first.get(1));
        assertThat(again.get(1)).containsExactly(first.get(0));
    }

    @Test
    void aRepeatedTextIsReadOnceAndAnsweredInPlace() {
        List<float[]> vectors = store.inTransaction(tx -> new StoredMeanings(model, tx).vectors(List.of("a", "b", "a")));

        assertThat(model.read).containsExactly("a", "b");
        assertThat(vectors.get(2)).containsExactly(vectors.get(0));
    }

    @Test
    void warmingUpStoresWhatTheSummaryWillAskSoTheSummaryAsksTheModelNothing() {
        new MeaningWarmer(model, store).read(List.of(new GivenAnswer(PromptKind.CUSTOMER, "library card holders, kids"),
                new GivenAnswer(PromptKind.ENABLERS, "quick renewals"), new GivenAnswer(PromptKind.OUTCOME, "more reading")));
        int readAhead = model.read.size();

        List<String> asked = new ArrayList<>();
        asked.addAll(com.claritycoach.core.alignment.AlignmentAnalyzer.textsRead(PromptKind.CUSTOMER, "library card holders, kids"));
        asked.addAll(com.claritycoach.core.alignment.AlignmentAnalyzer.textsRead(PromptKind.ENABLERS, "quick renewals"));
        store.inTransaction(tx -> new StoredMeanings(model, tx).vectors(asked));

        assertThat(readAhead).isEqualTo(asked.size());
        assertThat(model.read).hasSize(readAhead);
        assertThat(model.read).noneMatch(t -> t.contains("more reading"));
    }

    @Test
    void aModelThatFailsDuringWarmUpLosesNothingAndLeavesNothingHalfStored() {
        Meanings broken = new CountingModel() {
            @Override
            public List<float[]> vectors(List<String> texts) {
                throw new IllegalStateException("model crashed");
            }
        };

        new MeaningWarmer(broken, store).read(List.of(new GivenAnswer(PromptKind.CUSTOMER, "borrowers")));

        List<float[]> later = store.inTransaction(tx -> new StoredMeanings(model, tx).vectors(List.of("borrowers")));
        assertThat(later).hasSize(1);
        assertThat(model.read).containsExactly("borrowers");
    }

    /** A model that remembers what it was asked to read and gives each text its own direction. */
    static class CountingModel implements Meanings {
        final List<String> read = new ArrayList<>();

        @Override
        public String model() {
            return "counting";
        }

        @Override
        public List<float[]> vectors(List<String> texts) {
            read.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length(), t.hashCode() % 7, 1}).toList();
        }
    }
}
