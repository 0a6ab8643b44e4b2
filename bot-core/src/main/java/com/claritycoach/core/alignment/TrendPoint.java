package com.claritycoach.core.alignment;

import java.time.Instant;

/** One check-in's alignment, for comparing against earlier ones. */
public record TrendPoint(String checkIn, Instant opened, double alignmentScore, int respondents) {
}
