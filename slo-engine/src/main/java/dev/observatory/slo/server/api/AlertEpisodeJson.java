package dev.observatory.slo.server.api;

/** An alert episode: {@code GET /api/v1/alerts}. */
public record AlertEpisodeJson(String service, String slo, String severity, String state, String startedAt, String resolvedAt) {}
