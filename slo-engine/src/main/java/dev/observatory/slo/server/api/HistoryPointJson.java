package dev.observatory.slo.server.api;

/** One step of {@code /history}: the minute and the SLI's figures up to it (null without data). */
public record HistoryPointJson(String at, double good, double total, Double sli, Double budgetRemaining) {}
