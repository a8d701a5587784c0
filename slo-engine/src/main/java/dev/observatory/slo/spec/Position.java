package dev.observatory.slo.spec;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Where something was written: file and 1-based line and column. */
public record Position(String file, int line, int column) {
  public static Position of(String file, Node node) {
    return of(file, node.getStartMark());
  }

  static Position of(String file, Mark mark) {
    return mark == null ? new Position(file, 0, 0) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
