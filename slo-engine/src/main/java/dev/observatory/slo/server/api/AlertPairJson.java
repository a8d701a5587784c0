package dev.observatory.slo.server.api;

/** One burn-rate condition of the SLO's policy and its state now: FIRING, OK or NO_DATA. */
public record AlertPairJson(String severity, String longWindow, String shortWindow, double factor, String state, Double longBurnRate, Double shortBurnRate) {}
