package dev.observatory.slo.spec;

import dev.observatory.slo.model.Slo;

/** An SLO together with where it was written and in which format. */
public record LoadedSlo(Slo slo, Position position, SpecFormat format) {}
