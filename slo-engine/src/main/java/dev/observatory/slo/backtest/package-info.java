/**
 * Backtests: per-SLO minute counts (from a history file or a synthetic scenario) replayed through
 * the SLO math and alert policies, minute by minute, as the engine would have evaluated them.
 *
 * <p>Pure: no I/O, no clock, no logging; time is epoch minutes, minute {@code m} is evaluated at
 * {@code now = m + 1} over windows {@code [now - w, now)}. The per-minute error ratios come from
 * prefix sums over the whole history ({@link dev.observatory.slo.backtest.WindowKernel}), proven
 * equal to {@link dev.observatory.slo.math.SloPlan#evaluate} in a test; alert episodes come from
 * the engine's own {@link dev.observatory.slo.alerting.AlertStateMachine}; period budgets from
 * {@link dev.observatory.slo.math.SloPlan}, so every budgeting method is exact.
 *
 * <p>Entry point: {@link dev.observatory.slo.backtest.Backtest#run(BacktestInput)}. Results are
 * written by the {@link dev.observatory.slo.backtest.BacktestWriter}s (text table, JSON, CSV).
 */
package dev.observatory.slo.backtest;
