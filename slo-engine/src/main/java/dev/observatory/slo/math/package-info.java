/**
 * The pure SLO math: per-minute good/total series with prefix sums, counter increases, and the
 * per-SLO evaluation of error ratios, burn rates, error budgets and alert pairs.
 *
 * <p>No I/O, no clock, no logging: time comes in as an epoch minute ({@code long}), and a query
 * covers the minutes {@code [end - length, end)}. Counts are {@code double} because counter
 * increases can be fractional; integer-valued counts sum exactly (doubles hold integers exactly up
 * to 2^53).
 *
 * <p>"No data" is explicit everywhere: a window without events has no ratio (an empty
 * {@link java.util.OptionalDouble}), never 0, never NaN, and an alert pair over such a window is
 * {@link dev.observatory.slo.math.AlertState#NO_DATA}, never OK.
 *
 * <p>Entry points: {@link dev.observatory.slo.math.MinuteSeries} (the input),
 * {@link dev.observatory.slo.math.CounterIncreases} (from scraped counters to per-minute counts),
 * {@link dev.observatory.slo.math.SloEvaluator} and {@link dev.observatory.slo.math.SloPlan} (the
 * evaluation), {@link dev.observatory.slo.math.SloStatus} (the result).
 */
package dev.observatory.slo.math;
