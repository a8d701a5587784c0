package dev.observatory.slo.source;

import dev.observatory.slo.math.MinuteCounts;
import dev.observatory.slo.math.MinuteSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * One closed minute of one SLO: good and total events, or no data (no successful scrape in the
 * minute). A minute with data and total 0 had a successful scrape but no traffic; the math gives
 * it no ratio either, but it is not a gap.
 */
public record MinuteTally(long epochMinute, boolean hasData, double good, double total) {
  public MinuteTally {
    if (!hasData && (good != 0 || total != 0)) {
      throw new IllegalArgumentException("minute " + epochMinute + ": a minute without data has no counts, got good=" + good + " total=" + total);
    }
  }

  public static MinuteTally noData(long epochMinute) {
    return new MinuteTally(epochMinute, false, 0, 0);
  }

  /** Appends this minute to an SLO's series. */
  public void appendTo(MinuteSeries series) {
    if (hasData) {
      series.append(epochMinute, good, total);
    } else {
      series.appendNoData(epochMinute);
    }
  }

  /** The minutes {@code [from, to)} of counts computed by the math, in the same shape. */
  static List<MinuteTally> of(MinuteCounts counts, long from, long to) {
    List<MinuteTally> out = new ArrayList<>((int) Math.max(0, to - from));
    for (long m = from; m < to; m++) {
      out.add(counts.hasData(m) ? new MinuteTally(m, true, counts.good(m), counts.total(m)) : noData(m));
    }
    return out;
  }

  @Override
  public String toString() {
    return epochMinute + (hasData ? "=" + good + "/" + total : "=no data");
  }
}
