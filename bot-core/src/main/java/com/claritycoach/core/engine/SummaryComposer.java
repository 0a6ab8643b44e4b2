package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Team;

/** Turns a check-in's stored answers into the team summary posted to the channel. */
interface SummaryComposer {
    void post(Step step, Team team, CheckIn checkIn);
}
