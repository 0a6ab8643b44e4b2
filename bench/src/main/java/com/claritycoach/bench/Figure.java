package com.claritycoach.bench;

/**
 * One measured figure beside its ceiling, measured in the same run.
 *
 * @param ratio how the figure compares with its ceiling, in the direction the target is stated
 * @param target the target for the ratio, e.g. "≥ 0.5" (empty when the figure has none)
 */
record Figure(String name, double value, double ceiling, String unit, double ratio, String target, boolean met,
              String note) {
}
