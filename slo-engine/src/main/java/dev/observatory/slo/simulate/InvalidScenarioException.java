package dev.observatory.slo.simulate;

import dev.observatory.slo.spec.SpecProblem;
import java.util.List;

/** A scenario file with errors: every problem, each one line with {@code file:line:col}. */
public final class InvalidScenarioException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  InvalidScenarioException(List<SpecProblem> problems) {
    super(String.join("\n", problems.stream().map(SpecProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  /** The problems in file order. */
  public List<SpecProblem> problems() {
    return problems;
  }
}
