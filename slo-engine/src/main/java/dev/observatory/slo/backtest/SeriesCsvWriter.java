package dev.observatory.slo.backtest;

import java.io.IOException;
import java.io.Writer;

/**
 * The chosen windows' error ratios, one row per SLO, window and evaluation time (the end of the
 * window, an ISO-8601 UTC instant); an empty ratio means the window had no events.
 */
final class SeriesCsvWriter implements BacktestWriter {
  @Override
  public void write(BacktestResult result, Writer out) throws IOException {
    out.write("time,slo,window,error_ratio\n");
    StringBuilder line = new StringBuilder(96);
    for (SloOutcome slo : result.slos()) {
      String id = quoted(slo.slo().id().toString());
      for (WindowSeries s : slo.series()) {
        String window = Formats.window(s.window());
        for (int i = 0; i < s.size(); i++) {
          line.setLength(0);
          line.append(Formats.time(s.firstEvaluationEpochMinute() + i)).append(',').append(id).append(',').append(window).append(',');
          var ratio = s.errorRatio(i);
          if (ratio.isPresent()) line.append(ratio.getAsDouble());
          out.write(line.append('\n').toString());
        }
      }
    }
  }

  private static String quoted(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) return field;
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
