package dev.observatory.slo.source;

/** A history file that cannot be read as it stands; the message starts with the line number. */
final class ExpositionException extends RuntimeException {
  private final ExpositionProblem problem;

  ExpositionException(ExpositionProblem problem) {
    super(problem.toString(), null, false, false);
    this.problem = problem;
  }

  ExpositionProblem problem() {
    return problem;
  }
}
