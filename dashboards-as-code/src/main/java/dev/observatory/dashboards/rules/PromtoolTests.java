package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Budgeting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Spanmetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code promtool test rules} files for the rules of {@link PrometheusRules}, one per SLO,
 * {@code <service>.<slo>.test.yaml}, referring to {@code <service>.rules.yaml} in the same folder.
 * Each proves four things: a 100% outage pages within 2 minutes (traffic that fails from its first
 * sample, as after a bad deploy: with healthy history the 1h window dilutes the outage); a steady
 * burn between the ticket and page factors (2× when the policy allows) raises a ticket and no page;
 * healthy traffic raises nothing; a 20-minute gap in the metric raises the SLI-absent alert and no
 * burn alert. Raw PromQL SLIs, SLIs whose selectors plain counters cannot feed, and timeslices
 * other than 1-minute slices get no file.
 */
public final class PromtoolTests {
  private static final int GAP_START = 30;
  private static final int GAP_MINUTES = 20;

  private PromtoolTests() {}

  /** File name to YAML text, sorted by file name. */
  public static Map<String, String> generate(List<Slo> slos) {
    SortedMap<String, String> files = new TreeMap<>();
    PrometheusRules.byService(slos).forEach((service, list) -> {
      List<String> order = new ArrayList<>();
      for (Slo slo : list) PrometheusRules.groups(slo, 0).forEach(g -> order.add(g.name()));
      for (Slo slo : list) {
        testFile(slo, order).ifPresent(text -> files.put(service + "." + slo.id().name() + ".test.yaml", text));
      }
    });
    return files;
  }

  private static Optional<String> testFile(Slo slo, List<String> groupOrder) {
    if (!slo.sli().selectorBased()) return Optional.empty();
    Optional<Duration> slice = SliRecordings.slice(slo.budgeting());
    if (slice.isPresent() && !slice.get().equals(Duration.ofMinutes(1))) return Optional.empty();
    Optional<List<TestSeries.Counter>> counters = TestSeries.counters(Spanmetrics.expand(slo.sli()));
    if (counters.isEmpty()) return Optional.empty();

    SloContext ctx = new SloContext(slo);
    double budget = ctx.budget();
    List<Object> tests = new ArrayList<>();
    Scenario outage = Scenario.steady("a 100% outage pages within 2 minutes", 10, Scenario.CALLS_PER_MINUTE);
    tests.add(test(ctx, counters.get(), outage, List.of(2)));
    steadyBurn(slo).ifPresent(s -> tests.add(test(ctx, counters.get(), s, List.of(checkMinute(s)))));
    Scenario healthy = Scenario.steady("healthy traffic raises nothing", 90, 0);
    tests.add(test(ctx, counters.get(), healthy, List.of(10, 60, 90)));
    List<Double> gap = new ArrayList<>();
    for (int m = 1; m <= GAP_START + GAP_MINUTES + 10; m++) gap.add(m > GAP_START && m <= GAP_START + GAP_MINUTES ? null : 0.0);
    Scenario gapped = new Scenario("a " + GAP_MINUTES + "-minute gap in the metric raises the SLI-absent alert and no burn alert", gap);
    tests.add(test(ctx, counters.get(), gapped, List.of(GAP_START + 18)));

    Map<String, Object> root = new LinkedHashMap<>();
    root.put("rule_files", List.of(PrometheusRules.fileName(slo.id().service())));
    root.put("evaluation_interval", "1m");
    root.put("group_eval_order", groupOrder);
    root.put("tests", tests);
    return Optional.of(Yaml.write(List.of(PrometheusRules.GENERATED, "", "promtool test rules for " + slo.id() + " (budget " + PromNumbers.format(budget) + ")."), root));
  }

  /**
   * A steady burn that some ticket pair catches and no page pair does: 2× when it lies between the
   * smallest ticket factor and the smallest page factor, otherwise halfway between them. Timeslice
   * SLOs burn by whole bad minutes, one every 1 / (rate × budget) minutes.
   */
  private static Optional<Scenario> steadyBurn(Slo slo) {
    double ticket = factors(slo, Severity.TICKET).stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double page = factors(slo, Severity.PAGE).stream().mapToDouble(Double::doubleValue).min().orElse(Double.POSITIVE_INFINITY);
    if (Double.isNaN(ticket) || ticket >= page) return Optional.empty();
    double rate = ticket < 2 && 2 < page ? 2 : (ticket + (Double.isInfinite(page) ? ticket : page)) / 2;
    double budget = slo.objective().errorBudget();
    if (rate * budget >= 1) return Optional.empty();
    String name = "a steady " + PromNumbers.format(rate) + "x burn raises a ticket and no page";
    Scenario scenario;
    if (slo.budgeting() instanceof Budgeting.Occurrences) {
      scenario = Scenario.steady(name, 30, rate * budget * Scenario.CALLS_PER_MINUTE);
    } else {
      int every = (int) Math.round(1 / (rate * budget));
      if (every < 2) return Optional.empty();
      List<Double> bad = new ArrayList<>();
      for (int m = 1; m <= 2 * every + 5; m++) bad.add(m % every == 0 ? Scenario.CALLS_PER_MINUTE : 0.0);
      scenario = new Scenario(name, bad);
    }
    int t = checkMinute(scenario);
    boolean ticketFires = AlertRules.pairs(slo, Severity.TICKET).stream().anyMatch(p -> scenario.fires(slo, p, t));
    boolean pageFires = AlertRules.pairs(slo, Severity.PAGE).stream().anyMatch(p -> scenario.fires(slo, p, t));
    return ticketFires && !pageFires ? Optional.of(scenario) : Optional.empty();
  }

  private static int checkMinute(Scenario s) {
    return s.bad().size() - 5;
  }

  private static List<Double> factors(Slo slo, Severity severity) {
    return AlertRules.pairs(slo, severity).stream().map(BurnRateAlert::factor).toList();
  }

  private static Map<String, Object> test(SloContext ctx, List<TestSeries.Counter> counters, Scenario scenario, List<Integer> checks) {
    List<Object> input = new ArrayList<>();
    for (TestSeries.Counter c : counters) {
      List<Double> increments = switch (c.kind()) {
        case BAD -> scenario.bad();
        case TOTAL -> scenario.total();
        case GOOD -> scenario.bad().stream().map(b -> b == null ? null : Scenario.CALLS_PER_MINUTE - b).toList();
      };
      input.add(TestSeries.inputSeries(c, increments));
    }
    List<Object> alertTests = new ArrayList<>();
    for (int t : checks) {
      alertTests.add(alertTest(t, AlertRules.name(ctx.slo()), burnAlerts(ctx, scenario, t)));
      alertTests.add(alertTest(t, AlertRules.absentName(ctx.slo()), absentAlerts(ctx, scenario, t)));
    }
    Map<String, Object> test = new LinkedHashMap<>();
    test.put("name", scenario.name());
    test.put("interval", "1m");
    test.put("input_series", input);
    test.put("alert_rule_test", alertTests);
    return test;
  }

  private static Map<String, Object> alertTest(int minute, String alertName, List<Object> expected) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("eval_time", minute + "m");
    out.put("alertname", alertName);
    out.put("exp_alerts", expected);
    return out;
  }

  private static List<Object> burnAlerts(SloContext ctx, Scenario scenario, int t) {
    Slo slo = ctx.slo();
    double budget = ctx.budget();
    List<Object> out = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      List<BurnRateAlert> pairs = AlertRules.pairs(slo, severity);
      if (pairs.stream().noneMatch(p -> scenario.fires(slo, p, t))) continue;
      SortedMap<String, String> labels = ctx.seriesLabels();
      labels.putAll(AlertRules.labels(slo, severity));
      Optional<Double> period = scenario.errorRatio(slo, slo.window().nominalLength(), t);
      String left = period.map(r -> fixed(100 * (1 - r / budget), 1) + "%").orElse("n/a");
      SortedMap<String, String> annotations = AlertRules.annotations(ctx, severity, pairs,
          w -> scenario.errorRatio(slo, w, t).map(r -> fixed(r / budget, 2)).orElse("n/a"), left);
      out.add(expected(labels, annotations));
    }
    return out;
  }

  private static List<Object> absentAlerts(SloContext ctx, Scenario scenario, int t) {
    // absent_over_time looks back 10 minutes (both ends included); the alert waits 5 more.
    int from = t - 10 - 5;
    boolean absent = from >= 0;
    for (int m = Math.max(0, from); m <= t && absent; m++) absent = m > 0 && m <= scenario.bad().size() && scenario.bad().get(m - 1) == null;
    if (!absent) return List.of();
    Sli.Events events = Spanmetrics.expand(ctx.slo().sli());
    SortedMap<String, String> labels = new TreeMap<>();
    events.total().matchers().stream().filter(m -> m.op() == dev.observatory.slo.model.Selector.Op.EQ).forEach(m -> labels.put(m.label(), m.value()));
    labels.putAll(AlertRules.absentLabels(ctx.slo()));
    return List.of(expected(labels, AlertRules.absentAnnotations(ctx.slo(), events.total())));
  }

  private static Map<String, Object> expected(SortedMap<String, String> labels, SortedMap<String, String> annotations) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("exp_labels", labels);
    out.put("exp_annotations", annotations);
    return out;
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
