package dev.observatory.slo.model;

import java.time.Duration;
import java.util.List;

/**
 * The spanmetrics naming contract (DESIGN.md): the OpenTelemetry Collector spanmetrics connector's
 * series as Prometheus scrapes them. Every name and label the SLO side relies on lives here.
 */
public final class Spanmetrics {
  public static final String CALLS = "traces_span_metrics_calls_total";
  public static final String DURATION_BUCKET = "traces_span_metrics_duration_milliseconds_bucket";
  public static final String DURATION_COUNT = "traces_span_metrics_duration_milliseconds_count";
  public static final String DURATION_SUM = "traces_span_metrics_duration_milliseconds_sum";

  public static final String SERVICE = "service_name";
  public static final String SPAN_NAME = "span_name";
  public static final String SPAN_KIND = "span_kind";
  public static final String STATUS_CODE = "status_code";
  public static final String LE = "le";

  public static final String KIND_SERVER = "SPAN_KIND_SERVER";
  public static final String STATUS_ERROR = "STATUS_CODE_ERROR";

  /** Histogram bucket upper bounds, in milliseconds. */
  public static final List<Long> BUCKETS_MS = List.of(2L, 4L, 6L, 8L, 10L, 50L, 100L, 200L, 400L, 800L, 1000L, 1400L, 2000L, 5000L, 10000L, 15000L);

  private static final java.util.regex.Pattern LE_PATTERN = java.util.regex.Pattern.compile("([0-9]+)\\(\\\\\\.0\\+\\)\\?");

  private Spanmetrics() {}

  /**
   * The bucket of a bound in ms. Exporters write the bound as {@code 200} (the Collector) or
   * {@code 200.0} (OpenTelemetry Java), and Prometheus keeps the text it scraped: match both.
   */
  static Selector.LabelMatcher le(long millis) {
    return new Selector.LabelMatcher(LE, Selector.Op.RE, millis + "(\\.0+)?");
  }

  public static boolean isBucketBoundary(Duration threshold) {
    return threshold.toNanos() % 1_000_000 == 0 && BUCKETS_MS.contains(threshold.toMillis());
  }

  /** The boundaries as they read in messages: {@code 2ms, 4ms, …, 15000ms}. */
  public static String describeBuckets() {
    return String.join(", ", BUCKETS_MS.stream().map(b -> b + "ms").toList());
  }

  /** The counters an availability or latency shorthand stands for, as plain selectors. */
  public static Sli.Events expand(Sli sli) {
    if (sli instanceof Sli.Availability a) {
      Selector total = span(CALLS, a.service(), a.spanName());
      return new Sli.Events(total, null, total.with(Selector.LabelMatcher.eq(STATUS_CODE, STATUS_ERROR)));
    }
    if (sli instanceof Sli.Latency l) {
      Selector total = span(DURATION_COUNT, l.service(), l.spanName());
      Selector good = span(DURATION_BUCKET, l.service(), l.spanName()).with(le(l.threshold().toMillis()));
      return new Sli.Events(total, good, null);
    }
    if (sli instanceof Sli.Events e) return e;
    throw new IllegalArgumentException(sli + " is raw PromQL and has no selectors");
  }

  /**
   * The shorthand an events SLI stands for, when its selectors are exactly a spanmetrics expansion
   * (in any matcher order); otherwise the events SLI itself. Every format's loader applies this,
   * so an SLO reads the same whichever format carried it.
   */
  public static Sli recognise(Sli.Events events) {
    Selector total = events.total();
    if (total.metric() == null || total.matchers().size() != 3) return events;
    String service = value(total, SERVICE);
    String spanName = value(total, SPAN_NAME);
    if (service == null || spanName == null || service.isEmpty() || spanName.isEmpty()) return events;
    if (total.metric().equals(CALLS) && events.bad() != null) {
      return sameAs(events, expand(new Sli.Availability(service, spanName))) ? new Sli.Availability(service, spanName) : events;
    }
    if (total.metric().equals(DURATION_COUNT) && events.good() != null) {
      String le = events.good().matchers().stream().filter(m -> m.label().equals(LE) && m.op() == Selector.Op.RE).map(Selector.LabelMatcher::value).findFirst().orElse(null);
      java.util.regex.Matcher bound = le == null ? null : LE_PATTERN.matcher(le);
      if (bound == null || !bound.matches()) return events;
      Sli.Latency latency = new Sli.Latency(service, spanName, java.time.Duration.ofMillis(Long.parseLong(bound.group(1))));
      return sameAs(events, expand(latency)) ? latency : events;
    }
    return events;
  }

  private static String value(Selector selector, String label) {
    return selector.matchers().stream().filter(m -> m.label().equals(label) && m.op() == Selector.Op.EQ).map(Selector.LabelMatcher::value).findFirst().orElse(null);
  }

  private static boolean sameAs(Sli.Events a, Sli.Events b) {
    return same(a.total(), b.total()) && same(a.good(), b.good()) && same(a.bad(), b.bad());
  }

  private static boolean same(Selector a, Selector b) {
    if (a == null || b == null) return a == b;
    return java.util.Objects.equals(a.metric(), b.metric()) && a.sortedMatchers().equals(b.sortedMatchers());
  }

  private static Selector span(String metric, String service, String spanName) {
    return new Selector(
        metric,
        List.of(
            Selector.LabelMatcher.eq(SERVICE, service),
            Selector.LabelMatcher.eq(SPAN_NAME, spanName),
            Selector.LabelMatcher.eq(SPAN_KIND, KIND_SERVER)));
  }
}
