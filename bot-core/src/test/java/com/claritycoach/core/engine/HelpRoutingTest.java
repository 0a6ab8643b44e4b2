package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.testing.CoachHelp;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code help} offers is what the coach runs: no listed command answers "I don't know the command". */
class HelpRoutingTest {

    @Test
    void everyCommandTheHelpListsIsRoutedToARealCommand(@TempDir Path dir) {
        CoachHelp coach = CoachHelp.ask(dir);

        assertThat(coach.listed()).contains("remind", "start [playbook]", "my answers", "forget me")
                .allSatisfy(command -> assertThat(coach.routes(command)).as("%s is routed", command).isTrue());
    }

    @Test
    void anUnknownCommandIsNotRouted(@TempDir Path dir) {
        assertThat(CoachHelp.ask(dir).routes("launch")).isFalse();
    }
}
