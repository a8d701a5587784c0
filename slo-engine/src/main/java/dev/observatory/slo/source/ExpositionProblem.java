package dev.observatory.slo.source;

/** What is wrong with an exposition, and where: line and column count from 1 (column 0: the whole line). */
record ExpositionProblem(int line, int column, String message) {
  @Override
  public String toString() {
    return "line " + line + (column > 0 ? ", column " + column : "") + ": " + message;
  }
}
