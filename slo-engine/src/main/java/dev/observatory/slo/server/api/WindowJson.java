package dev.observatory.slo.server.api;

/** One window's figures: events, error ratio and burn rate (null without events). */
public record WindowJson(String window, double good, double total, Double errorRatio, Double burnRate) {}
