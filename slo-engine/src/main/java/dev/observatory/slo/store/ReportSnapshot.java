package dev.observatory.slo.store;

import java.time.Instant;

/** A rendered report of a period ({@code 2026-11}) in one format ({@code md}, {@code html}, {@code csv}, {@code json}). */
public record ReportSnapshot(long id, String period, String format, String body, Instant createdAt) {}
