package dev.observatory.slo.spec;

import java.util.List;

/** What loading some spec files gave: the SLOs that mapped cleanly and every problem found. */
public record SpecSet(List<LoadedSlo> slos, List<SpecProblem> problems, int files) {
  public SpecSet {
    slos = List.copyOf(slos);
    problems = problems.stream().sorted(SpecProblem.ORDER).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(SpecProblem::isError);
  }

  public List<SpecProblem> errors() {
    return problems.stream().filter(SpecProblem::isError).toList();
  }

  public List<SpecProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
