package dev.observatory.slo.spec;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects problems so that validation reports every one of them, not only the first. */
public final class Problems {
  public Problems() {}

  private final List<SpecProblem> all = new ArrayList<>();

  public void error(Position at, String message) {
    all.add(new SpecProblem(at.file(), at.line(), at.column(), SpecProblem.Level.ERROR, message));
  }

  void warning(Position at, String message) {
    all.add(new SpecProblem(at.file(), at.line(), at.column(), SpecProblem.Level.WARNING, message));
  }

  void error(String file, Node node, String message) {
    error(Position.of(file, node), message);
  }

  void warning(String file, Node node, String message) {
    warning(Position.of(file, node), message);
  }

  public int errorCount() {
    return (int) all.stream().filter(SpecProblem::isError).count();
  }

  public List<SpecProblem> list() {
    return List.copyOf(all);
  }
}
