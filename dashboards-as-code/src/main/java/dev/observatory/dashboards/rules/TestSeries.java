package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Sli;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Input series for promtool tests: counters that the SLI's selectors pick up as intended, built
 * from the selectors' equality matchers. An SLI whose selectors cannot be satisfied that way
 * (regular expressions, a "good" series that the total does not see, …) gets no tests.
 */
final class TestSeries {
  /** One counter and which events it counts. */
  record Counter(String metric, SortedMap<String, String> labels, Kind kind) {
    String text() {
      StringBuilder out = new StringBuilder(metric).append('{');
      List<String> parts = new ArrayList<>();
      labels.forEach((k, v) -> parts.add(k + "=\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
      return out.append(String.join(",", parts)).append('}').toString();
    }
  }

  /** Which events a counter counts: good ones, bad ones, or all of them. */
  enum Kind {
    GOOD,
    BAD,
    TOTAL
  }

  private TestSeries() {}

  /** The counters for an events SLI, or empty when its selectors cannot be fed by plain counters. */
  static Optional<List<Counter>> counters(Sli.Events e) {
    Optional<Counter> totalLike = counter(e.total(), Kind.TOTAL);
    if (totalLike.isEmpty()) return Optional.empty();
    Selector other = e.bad() != null ? e.bad() : e.good();
    Kind otherKind = e.bad() != null ? Kind.BAD : Kind.GOOD;
    Optional<Counter> o = counter(other, otherKind);
    if (o.isEmpty() || !matches(other, o.get()) || matches(other, totalLike.get())) return Optional.empty();
    Counter rest;
    if (matches(e.total(), o.get())) {
      // The bad (or good) counter is part of the total: the other counter holds the complement.
      rest = new Counter(totalLike.get().metric(), totalLike.get().labels(), otherKind == Kind.BAD ? Kind.GOOD : Kind.BAD);
    } else {
      rest = totalLike.get();
    }
    return Optional.of(List.of(rest, o.get()));
  }

  /** Cumulative values at minutes 0..n of a counter, from per-minute increments (null: no sample). */
  static String values(List<Double> increments) {
    List<Double> cumulative = new ArrayList<>();
    double sum = 0;
    cumulative.add(0.0);
    for (Double inc : increments) {
      if (inc == null) {
        cumulative.add(null);
      } else {
        sum += inc;
        cumulative.add(sum);
      }
    }
    return compress(cumulative);
  }

  /** Promtool's expanding notation: {@code a+bxn} for runs with a constant step, {@code _xn} for gaps. */
  static String compress(List<Double> values) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < values.size()) {
      if (values.get(i) == null) {
        int j = i;
        while (j < values.size() && values.get(j) == null) j++;
        out.add("_x" + (j - i));
        i = j;
        continue;
      }
      int j = i + 1;
      if (j < values.size() && values.get(j) != null) {
        double step = values.get(j) - values.get(i);
        while (j + 1 < values.size() && values.get(j + 1) != null && Math.abs(values.get(j + 1) - values.get(j) - step) < 1e-9) j++;
        out.add(PromNumbers.format(values.get(i)) + (step < 0 ? "-" : "+") + PromNumbers.format(Math.abs(step)) + "x" + (j - i));
        i = j + 1;
      } else {
        out.add(PromNumbers.format(values.get(i)));
        i = j;
      }
    }
    return String.join(" ", out);
  }

  /**
   * The labels a counter series of this selector carries: its equality matchers, and for a regex
   * matcher its literal prefix when that matches (the spanmetrics bucket {@code le=~"200(\\.0+)?"}
   * gives {@code le="200"}); empty when some matcher has no such value.
   */
  private static Optional<Counter> counter(Selector selector, Kind kind) {
    if (selector.metric() == null) return Optional.empty();
    SortedMap<String, String> labels = new TreeMap<>();
    for (Selector.LabelMatcher m : selector.matchers()) {
      String value = m.op() == Selector.Op.EQ ? m.value() : m.op() == Selector.Op.RE ? literalPrefix(m.value()) : "";
      if (value.isEmpty() || !m.matches(value)) return Optional.empty();
      labels.put(m.label(), value);
    }
    return Optional.of(new Counter(selector.metric(), labels, kind));
  }

  private static String literalPrefix(String regex) {
    int end = 0;
    while (end < regex.length() && ".[]{}()\\*+?^$|".indexOf(regex.charAt(end)) < 0) end++;
    return regex.substring(0, end);
  }

  private static boolean matches(Selector selector, Counter counter) {
    if (!counter.metric().equals(selector.metric())) return false;
    return selector.matchers().stream().allMatch(m -> m.matches(counter.labels().get(m.label())));
  }

  static Map<String, Object> inputSeries(Counter counter, List<Double> increments) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("series", counter.text());
    out.put("values", values(increments));
    return out;
  }
}
