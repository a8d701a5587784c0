package dev.observatory.slo.source;

/**
 * A metric family: declared by {@code # TYPE}/{@code # HELP}/{@code # UNIT} lines, or implied by a
 * sample without them (then of type {@link MetricType#UNKNOWN}). {@code line} is where it starts.
 */
record Family(String name, MetricType type, String help, String unit, int line) {}
