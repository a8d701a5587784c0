package dev.observatory.shop.load;

import java.io.PrintWriter;

/**
 * The run's output, shared by the reporter and the scenario thread. A progress line is drawn
 * in place with a carriage return and erased before any ordinary line.
 */
final class Output {

  private final PrintWriter out;
  private int progressWidth;

  Output(PrintWriter out) {
    this.out = out;
  }

  synchronized void line(String text) {
    clearProgress();
    out.println(text);
    out.flush();
  }

  synchronized void progress(String text) {
    clearProgress();
    out.print('\r');
    out.print(text);
    out.flush();
    progressWidth = text.length();
  }

  synchronized PrintWriter writer() {
    clearProgress();
    return out;
  }

  private void clearProgress() {
    if (progressWidth > 0) {
      out.print('\r');
      out.print(" ".repeat(progressWidth));
      out.print('\r');
      progressWidth = 0;
    }
  }
}
