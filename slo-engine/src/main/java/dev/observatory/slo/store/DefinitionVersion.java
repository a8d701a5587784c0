package dev.observatory.slo.store;

import java.time.Instant;

/** One distinct definition of an SLO, as the engine loaded it. */
public record DefinitionVersion(SloKey sloKey, int version, String spec, String hash, Instant createdAt) {}
