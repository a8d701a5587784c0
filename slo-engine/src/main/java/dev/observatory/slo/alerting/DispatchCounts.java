package dev.observatory.slo.alerting;

/**
 * What the dispatcher did, for the engine's own metrics: deliveries that succeeded and attempts that
 * failed (of one pass, or since start), and entries still waiting after it.
 */
public record DispatchCounts(long sent, long failed, long pending) {}
