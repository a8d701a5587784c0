package dev.observatory.slo.server.api;

/** A downstream span name whose errors line up with the SLO's bad minutes, and how many it had in them. */
public record AttributionJson(String service, String spanName, double errors, double shareOfBadMinutes) {}
