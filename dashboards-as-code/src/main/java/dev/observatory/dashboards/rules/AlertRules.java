package dev.observatory.dashboards.rules;

import dev.observatory.slo.model.Alerting;
import dev.observatory.slo.model.BurnRateAlert;
import dev.observatory.slo.model.Durations;
import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Severity;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.series.SloSeries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Multi-window multi-burn-rate alerts, Sloth style: one alert per severity whose pairs are OR-ed;
 * a pair fires while the error ratio exceeds factor × budget over both its windows. Plus one
 * alert per selector-based SLO when its total series is absent: no data is not good data.
 */
final class AlertRules {
  static final String ABSENT_RANGE = "10m";
  static final String ABSENT_FOR = "5m";

  private AlertRules() {}

  static RuleGroup group(SloContext ctx, long minEventsInLongWindow) {
    List<Rule> rules = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      List<BurnRateAlert> pairs = pairs(ctx.slo(), severity);
      if (pairs.isEmpty()) continue;
      rules.add(Rule.alert(name(ctx.slo()), expr(ctx, pairs, minEventsInLongWindow), null, labels(ctx.slo(), severity), annotations(ctx, severity, pairs)));
    }
    SliQueries.totalSelector(ctx.slo().sli()).ifPresent(total -> rules.add(absent(ctx, total)));
    return new RuleGroup(ctx.groupName("alerts"), null, rules);
  }

  static List<BurnRateAlert> pairs(Slo slo, Severity severity) {
    return slo.alertPolicy().stream().filter(a -> a.severity() == severity).toList();
  }

  /** {@code alerting.name}, or the service and SLO names in CamelCase. */
  static String name(Slo slo) {
    String name = slo.alerting().name();
    return name != null && !name.isBlank() ? name : camel(slo.id().service() + "-" + slo.id().name());
  }

  static String absentName(Slo slo) {
    return camel(slo.id().service() + "-" + slo.id().name()) + "SLIAbsent";
  }

  /**
   * The labels an alert rule sets: severity, service, slo, owner, then the SLO's alert labels, then
   * the route's (which win), and {@code slo_severity}, which nothing overrides.
   */
  static SortedMap<String, String> labels(Slo slo, Severity severity) {
    SortedMap<String, String> labels = new TreeMap<>();
    labels.put(SloSeries.SEVERITY, severity.label());
    labels.put(SloSeries.SERVICE, slo.id().service());
    labels.put(SloSeries.SLO, slo.id().name());
    if (slo.labels().containsKey("owner")) labels.put("owner", slo.labels().get("owner"));
    labels.putAll(slo.alerting().labels());
    labels.putAll(slo.alerting().route(severity).labels());
    labels.put(SloSeries.SLO_SEVERITY, severity.label());
    return labels;
  }

  static String burnQuery(SloContext ctx, Duration window) {
    return ctx.templateRef(SloSeries.errorRatio(window)) + " / " + ctx.budgetText();
  }

  static String budgetLeftQuery(SloContext ctx) {
    return "100 * " + ctx.templateRef(SloSeries.PERIOD_BUDGET_REMAINING);
  }

  static String summary(Slo slo, Severity severity) {
    return slo.id() + " is burning its error budget too fast (" + severity.label() + ")";
  }

  static String dashboard(Slo slo) {
    return "/d/slo-detail?var-service=" + slo.id().service() + "&var-slo=" + slo.id().name();
  }

  private static String expr(SloContext ctx, List<BurnRateAlert> pairs, long minEvents) {
    List<String> parts = new ArrayList<>();
    Optional<Selector> total = SliQueries.totalSelector(ctx.slo().sli());
    for (BurnRateAlert pair : pairs) {
      String threshold = "(" + PromNumbers.format(pair.factor()) + " * " + ctx.budgetText() + ")";
      String part = "(\n"
          + "  " + ctx.ref(SloSeries.errorRatio(pair.longWindow())) + " > " + threshold + "\n"
          + "  and\n"
          + "  " + ctx.ref(SloSeries.errorRatio(pair.shortWindow())) + " > " + threshold;
      if (minEvents > 0 && total.isPresent()) {
        // Low-traffic guard: a handful of failures among a handful of calls is not an incident.
        part += "\n  and on()\n  sum(increase(" + total.get() + "[" + Durations.format(pair.longWindow()) + "])) >= " + minEvents;
      }
      parts.add(part + "\n)");
    }
    return String.join("\nor\n", parts);
  }

  /** The annotations as Go templates that query the burn rates and the budget left when the alert fires. */
  private static SortedMap<String, String> annotations(SloContext ctx, Severity severity, List<BurnRateAlert> pairs) {
    return annotations(ctx, severity, pairs, w -> templated(burnQuery(ctx, w), "%.2f", ""), templated(budgetLeftQuery(ctx), "%.1f", "%"));
  }

  /**
   * The annotations with the burn rate of each window and the budget left rendered by the
   * caller: Go templates in the rules, expected text in the promtool tests.
   */
  static SortedMap<String, String> annotations(SloContext ctx, Severity severity, List<BurnRateAlert> pairs, Function<Duration, String> burn, String budgetLeft) {
    Slo slo = ctx.slo();
    List<String> burns = new ArrayList<>();
    for (BurnRateAlert pair : pairs) {
      burns.add("over " + Durations.format(pair.longWindow()) + " " + burn.apply(pair.longWindow())
          + " and " + Durations.format(pair.shortWindow()) + " " + burn.apply(pair.shortWindow())
          + " (alerts above " + PromNumbers.format(pair.factor()) + ")");
    }
    String description = slo.id() + " (objective " + slo.objective() + ", " + slo.window() + ") burns its error budget: burn rate "
        + String.join("; ", burns) + ". Error budget left: " + budgetLeft + ".";
    SortedMap<String, String> annotations = new TreeMap<>();
    annotations.put("summary", summary(slo, severity));
    annotations.put("description", description);
    annotations.put("dashboard", dashboard(slo));
    annotations.putAll(slo.alerting().annotations());
    annotations.putAll(slo.alerting().route(severity).annotations());
    return annotations;
  }

  private static String templated(String query, String format, String unit) {
    return "{{ with query \"" + query + "\" }}{{ . | first | value | printf \"" + format + "\" }}" + unit + "{{ else }}n/a{{ end }}";
  }

  private static Rule absent(SloContext ctx, Selector total) {
    Slo slo = ctx.slo();
    return Rule.alert(absentName(slo), "absent_over_time(" + total + "[" + ABSENT_RANGE + "])", ABSENT_FOR, absentLabels(slo), absentAnnotations(slo, total));
  }

  static SortedMap<String, String> absentLabels(Slo slo) {
    SortedMap<String, String> labels = new TreeMap<>(slo.labels());
    labels.putAll(labels(slo, Severity.TICKET));
    return labels;
  }

  static SortedMap<String, String> absentAnnotations(Slo slo, Selector total) {
    SortedMap<String, String> annotations = new TreeMap<>();
    annotations.put("summary", slo.id() + " has no SLI data");
    annotations.put("description", "No sample of " + total + " for " + ABSENT_RANGE + ": the SLO cannot be evaluated, and no data is not good data.");
    annotations.put("dashboard", dashboard(slo));
    for (Map.Entry<String, String> e : slo.alerting().annotations().entrySet()) {
      if (!e.getKey().equals("summary") && !e.getKey().equals("description")) annotations.put(e.getKey(), e.getValue());
    }
    return annotations;
  }

  private static String camel(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split("[^A-Za-z0-9]+")) {
      if (part.isEmpty()) continue;
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
