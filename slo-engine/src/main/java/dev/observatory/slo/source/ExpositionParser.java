package dev.observatory.slo.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the Prometheus text format 0.0.4 and OpenMetrics 1.0 text: {@code # HELP}, {@code # TYPE},
 * {@code # UNIT}, samples with escaped label values, {@code +Inf}/{@code -Inf}/{@code NaN} values,
 * optional timestamps (milliseconds in 0.0.4, seconds with a fraction in OpenMetrics), exemplars
 * (skipped) and {@code # EOF} (required in OpenMetrics, with nothing after it).
 *
 * <p>Two uses: {@link #parse(String)} for a live page, which never throws and rejects the whole
 * page on its first problem; {@link #read(BufferedReader, ExpositionSink)} for a history file,
 * streamed, which throws {@link ExpositionException} naming the line, and in history mode also
 * requires every sample to carry a timestamp and each series' timestamps to increase.
 */
final class ExpositionParser {
  private final ExpositionFormat format;
  private final boolean history;

  private ExpositionParser(ExpositionFormat format, boolean history) {
    this.format = Objects.requireNonNull(format, "format");
    this.history = history;
  }

  /** A parser for live pages in the given format. */
  static ExpositionParser forPages(ExpositionFormat format) {
    return new ExpositionParser(format, false);
  }

  /** A parser for OpenMetrics history files, as {@code promtool tsdb create-blocks-from openmetrics} reads them. */
  static ExpositionParser forHistory() {
    return new ExpositionParser(ExpositionFormat.OPENMETRICS, true);
  }

  /** Parses a whole page; never throws on bad input: the result then carries the problem. */
  ParseResult parse(String page) {
    List<Sample> samples = new ArrayList<>();
    List<Family> families = new ArrayList<>();
    LineParser parser = new LineParser(format, history, new ExpositionSink() {
      @Override
      public void family(Family family) {
        families.add(family);
      }

      @Override
      public void sample(Sample sample) {
        samples.add(sample);
      }
    });
    try {
      int start = 0;
      int length = page.length();
      while (start < length) {
        int newline = page.indexOf('\n', start);
        int stop = newline < 0 ? length : newline;
        parser.line(page, start, stop);
        start = stop + 1;
      }
      parser.finish();
    } catch (ExpositionException e) {
      return ParseResult.failed(e.problem());
    }
    return new ParseResult(samples, families, java.util.Optional.empty());
  }

  /**
   * Streams a file into the sink, line by line.
   *
   * @throws ExpositionException at the first problem, naming its line
   */
  void read(BufferedReader in, ExpositionSink sink) throws IOException {
    LineParser parser = new LineParser(format, history, sink);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      parser.line(line, 0, line.length());
    }
    parser.finish();
  }
}
