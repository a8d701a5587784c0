package dev.observatory.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code slo} command: its exit code and what it printed. */
record CliRun(int code, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SloCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  java.util.List<String> errLines() {
    return err.lines().toList();
  }
}
