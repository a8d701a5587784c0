package dev.observatory.slo.source;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.Objective;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.SloId;
import dev.observatory.slo.model.Window;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** SLOs and pages for the source tests. */
final class TestSources {
  static final SloId CHECKOUT = new SloId("checkout", "place-order");
  static final SloId API = new SloId("frontend", "api");
  static final long T0 = 29_000_000L * 60_000; // the start of an epoch minute, in ms
  static final String SPAN = "oteldemo.CheckoutService/PlaceOrder";

  private TestSources() {}

  static Slo slo(SloId id, Sli sli) {
    return new Slo(id, "", sli, Objective.percent("99.9"), new Window.Rolling(Duration.ofDays(30)), new Budgeting.Occurrences(), Map.of(), Alerting.DEFAULT);
  }

  /** Checkout availability (spanmetrics shorthand) and an events SLO on http_requests_total. */
  static SliSelection selection() {
    return SliSelection.of(List.of(
        slo(CHECKOUT, new Sli.Availability("checkout", SPAN)),
        slo(API, new Sli.Events(Selector.parse("http_requests_total{job=\"api\"}"), Selector.parse("{__name__=\"http_requests_total\",job=\"api\",code=~\"2..\"}"), null))));
  }

  /** A spanmetrics page with the checkout span's ok and error calls. */
  static String checkoutPage(double ok, double errors) {
    return "# TYPE traces_span_metrics_calls_total counter\n"
        + calls("STATUS_CODE_UNSET", ok)
        + calls("STATUS_CODE_ERROR", errors)
        + "traces_span_metrics_calls_total{service_name=\"cart\",span_kind=\"SPAN_KIND_SERVER\",span_name=\"oteldemo.CartService/GetCart\",status_code=\"STATUS_CODE_UNSET\"} 999\n";
  }

  static String calls(String status, double value) {
    return "traces_span_metrics_calls_total{service_name=\"checkout\",span_kind=\"SPAN_KIND_SERVER\",span_name=\"" + SPAN + "\",status_code=\"" + status + "\"} " + value + "\n";
  }

  static List<Sample> samples(String page) {
    ParseResult result = ExpositionParser.forPages(ExpositionFormat.PROMETHEUS_TEXT).parse(page);
    if (!result.ok()) throw new IllegalArgumentException(result.problem().orElseThrow().toString());
    return result.samples();
  }

  static long at(long seconds) {
    return T0 + seconds * 1000;
  }

  static long minute(long index) {
    return T0 / 60_000 + index;
  }

  static MinuteTally counted(long minuteIndex, double good, double total) {
    return new MinuteTally(minute(minuteIndex), true, good, total);
  }

  static MinuteTally noData(long minuteIndex) {
    return MinuteTally.noData(minute(minuteIndex));
  }
}
