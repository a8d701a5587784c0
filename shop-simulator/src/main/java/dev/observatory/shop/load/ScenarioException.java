package dev.observatory.shop.load;

import java.util.List;

/**
 * A scenario file that cannot be used. Each problem is one line, prefixed with the file and,
 * where known, the line and column: {@code scenario.yaml:4:9: at must be a duration like 30s or
 * 2m}. The message is the problems joined by newlines.
 */
public final class ScenarioException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  ScenarioException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in file order, one line each. */
  public List<String> problems() {
    return problems;
  }
}
