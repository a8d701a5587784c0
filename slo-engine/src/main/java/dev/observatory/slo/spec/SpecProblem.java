package dev.observatory.slo.spec;

import java.util.Comparator;
import java.util.Objects;

/** One finding in a spec file, at a 1-based line and column (0 when the whole file is meant). */
public record SpecProblem(String file, int line, int column, Level level, String message) {
  public enum Level {
    ERROR,
    WARNING
  }

  public static final Comparator<SpecProblem> ORDER =
      Comparator.comparing(SpecProblem::file).thenComparingInt(SpecProblem::line).thenComparingInt(SpecProblem::column).thenComparing(SpecProblem::message);

  public SpecProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return level == Level.ERROR;
  }

  /** {@code file:line:col: message}, warnings marked as such; one line, always. */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    String text = message.replace('\n', ' ').replace('\r', ' ');
    return where + ": " + (level == Level.WARNING ? "warning: " : "") + text;
  }
}
