package com.claritycoach.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.claritycoach.core.alignment.AlignmentAnalyzer;
import com.claritycoach.core.alignment.AlignmentSummary;
import com.claritycoach.core.alignment.AnswerRecord;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.alignment.Group;
import com.claritycoach.core.alignment.GroupingSettings;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.playbook.PromptKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model, loaded from the jar on the class path: no download, no network. */
class BgeSmallMeaningsTest {
    static final BgeSmallMeanings MODEL = new BgeSmallMeanings();

    static double cosine(String a, String b) {
        List<float[]> v = MODEL.vectors(List.of(a, b));
        double dot = 0;
        for (int i = 0; i < v.get(0).length; i++) {
            dot += v.get(0)[i] * v.get(1)[i];
        }
        return dot;
    }

    @Test
    void vectorsHaveUnitLengthAndTheModelsSize() {
        float[] v = MODEL.vectors(List.of("library card holders")).get(0);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(v).hasSize(384);
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void theSameTextAlwaysGivesTheSameVector() {
        assertThat(MODEL.vectors(List.of("borrowers")).get(0)).containsExactly(MODEL.vectors(List.of("x", "borrowers")).get(1));
    }

    @Test
    void textsThatMeanAlikeAreCloserThanTextsThatDoNot() {
        assertThat(cosine("borrowers", "people who borrow books")).isGreaterThan(cosine("borrowers", "the finance team"));
        assertThat(cosine("faster discharge letters", "discharge letters ready sooner"))
                .isGreaterThan(cosine("faster discharge letters", "fewer meetings"));
    }

    @Test
    void moreTextsThanOneBatchComeBackInOrder() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            texts.add("customer number " + i);
        }
        List<float[]> all = MODEL.vectors(texts);

        assertThat(all).hasSize(150);
        assertThat(all.get(149)).containsExactly(MODEL.vectors(List.of("customer number 149")).get(0));
    }

    @Test
    void theSummaryGroupsMembersWhoNameTheSameCustomerInOtherWords() {
        List<AnswerRecord> answers = new ArrayList<>();
        String[][] said = {{"ana", "patients"}, {"ben", "the patient who collects their medicines"},
            {"chen", "patients – one wrong dose can hurt someone"}, {"dara", "the robot lol – if it's down"},
            {"eli", "wholesalers"}};
        for (String[] s : said) {
            answers.add(new AnswerRecord(s[0], PromptKind.CUSTOMER, "customer", s[1], null));
        }
        AlignmentSummary summary = new AlignmentAnalyzer(CoachingRules.standard(), MODEL, GroupingSettings.DEFAULT)
                .analyze(List.of(new CheckInAnswers("w", null, List.of(), answers)), Decisions.NONE);

        assertThat(summary.customerGroups().get(0).members()).containsExactly("ana", "ben", "chen");
        assertThat(summary.customerGroups()).extracting(Group::count).containsExactly(3, 1, 1);
        assertThat(summary.alignmentScore()).isEqualTo(0.6);
    }
}
