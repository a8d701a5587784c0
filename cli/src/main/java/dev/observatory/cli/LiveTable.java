package dev.observatory.cli;

import java.io.PrintWriter;

/**
 * The demo's live table: on a terminal each block is redrawn in place (ANSI: cursor up over the
 * last block, clear to the end of the screen); elsewhere (a pipe, a file, a test) blocks are printed
 * one after another, separated by a blank line, so a log of the run keeps every state. Lines wider
 * than the terminal wrap and would spoil the count; the status table stays narrower than 120 columns.
 */
final class LiveTable {
  private final PrintWriter out;
  private final boolean redraw;
  private int lastLines;

  LiveTable(PrintWriter out, boolean redraw) {
    this.out = out;
    this.redraw = redraw;
  }

  /** Redraws in place only when the JVM runs on a terminal that understands ANSI escapes. */
  static LiveTable on(PrintWriter out) {
    String term = System.getenv("TERM");
    return new LiveTable(out, System.console() != null && term != null && !term.isEmpty() && !"dumb".equals(term));
  }

  /** Shows {@code block} (lines ending in a newline) instead of the previous one. */
  void show(String block) {
    String text = block.endsWith("\n") ? block : block + "\n";
    if (redraw && lastLines > 0) {
      out.print("\033[" + lastLines + "F\033[J");
    } else {
      out.println();
    }
    out.print(text);
    out.flush();
    lastLines = (int) text.chars().filter(c -> c == '\n').count();
  }
}
