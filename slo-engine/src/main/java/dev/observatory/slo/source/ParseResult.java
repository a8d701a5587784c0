package dev.observatory.slo.source;

import java.util.List;
import java.util.Optional;

/**
 * A parsed page: its samples and families, or the problem that made it unreadable. Like
 * Prometheus, a page with one bad line is rejected whole (no samples), so a half-read page never
 * looks like counters that stopped.
 */
record ParseResult(List<Sample> samples, List<Family> families, Optional<ExpositionProblem> problem) {
  ParseResult {
    samples = List.copyOf(samples);
    families = List.copyOf(families);
  }

  static ParseResult failed(ExpositionProblem problem) {
    return new ParseResult(List.of(), List.of(), Optional.of(problem));
  }

  boolean ok() {
    return problem.isEmpty();
  }
}
