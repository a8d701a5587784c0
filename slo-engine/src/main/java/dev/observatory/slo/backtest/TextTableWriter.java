package dev.observatory.slo.backtest;

import dev.observatory.slo.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Per SLO its period budgets and the policies side by side; then the totals across SLOs. "-" is undefined. */
final class TextTableWriter implements BacktestWriter {
  private static final int LABEL = 28;
  private static final int COLUMN = 20;
  /** Episodes listed per SLO and policy; the JSON output has every one. */
  static final int EPISODES_SHOWN = 10;

  @Override
  public void write(BacktestResult r, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Backtest %s to %s (%,d minutes), %d SLO%s, policies: %s, ground truth: %s%n",
        Formats.time(r.range().fromEpochMinute()), Formats.time(r.range().toEpochMinute()), r.range().minutes(),
        r.slos().size(), r.slos().size() == 1 ? "" : "s", String.join(", ", r.policies().stream().map(AlertPolicy::name).toList()),
        r.groundTruth() ? "incidents given" : "none (precision and recall undefined)"));
    for (SloOutcome slo : r.slos()) {
      b.append(String.format(Locale.ROOT, "%n%s  %s over %s, %s%n", slo.slo().id(), slo.slo().objective(), slo.slo().window(), slo.slo().budgeting()));
      if (slo.periods().isEmpty()) {
        b.append("  budget: no period ends within the range\n");
      }
      for (PeriodBudget p : slo.periods()) {
        b.append(String.format(Locale.ROOT, "  budget consumed by %s: %s%s%n", Formats.time(p.endEpochMinute()), Formats.percent(p.budgetConsumed()),
            p.partial() ? " (the history starts within the period)" : ""));
      }
      table(b, r.policies(), slo.policies().stream().map(PolicyOutcome::measures).toList(), slo.policies());
      for (PolicyOutcome policy : slo.policies()) episodes(b, policy, r.groundTruth());
    }
    b.append(String.format(Locale.ROOT, "%nTotals across SLOs%n"));
    table(b, r.policies(), r.totals().stream().map(BacktestResult.PolicyTotals::measures).toList(), null);
    for (String s : r.skipped()) b.append("skipped ").append(s).append('\n');
    out.write(b.toString());
  }

  private static void table(StringBuilder b, List<AlertPolicy> policies, List<Measures> measures, List<PolicyOutcome> outcomes) {
    row(b, "", policies.stream().map(AlertPolicy::name).toList());
    if (outcomes != null) {
      row(b, "pages / tickets", outcomes.stream().map(o -> count(o, Severity.PAGE) + " / " + count(o, Severity.TICKET)).toList());
    }
    row(b, "episodes (caused)", cells(measures, m -> m.episodes() + (m.precision().isPresent() ? " (" + m.causedEpisodes() + ")" : "")));
    row(b, "incidents (detected)", cells(measures, m -> m.incidents() + " (" + m.detectedIncidents() + ")"));
    row(b, "precision", cells(measures, m -> Formats.percent(m.precision())));
    row(b, "recall", cells(measures, m -> Formats.percent(m.recall())));
    row(b, "detection time (mean)", cells(measures, m -> Formats.minutes(m.meanDetectionMinutes())));
    row(b, "reset time (mean)", cells(measures, m -> Formats.minutes(m.meanResetMinutes())));
    row(b, "budget before detection", cells(measures, m -> Formats.percent(m.meanBudgetSpentBeforeDetection())));
  }

  private static void episodes(StringBuilder b, PolicyOutcome policy, boolean groundTruth) {
    List<Episode> all = policy.episodes();
    if (all.isEmpty()) return;
    b.append("  episodes (").append(policy.policy()).append("):\n");
    for (Episode e : all.subList(0, Math.min(all.size(), EPISODES_SHOWN))) {
      String end = e.endEpochMinute().isPresent() ? Formats.time(e.endEpochMinute().getAsLong()) : "still firing at the end";
      String length = e.endEpochMinute().isPresent() ? " (" + Formats.minutes(e.endEpochMinute().getAsLong() - e.startEpochMinute()) + ")" : "";
      String cause = !groundTruth ? "" : e.causedBy().isEmpty() ? "  no incident" : "  " + String.join(", ", e.causedBy());
      b.append(String.format(Locale.ROOT, "    %-7s %s to %s%s, %s/%s at %s%s%n", e.severity().label(), Formats.time(e.startEpochMinute()), end, length,
          Formats.window(e.pair().longWindow()), Formats.window(e.pair().shortWindow()), trim(e.pair().factor()) + "x", cause));
    }
    if (all.size() > EPISODES_SHOWN) b.append("    … and ").append(all.size() - EPISODES_SHOWN).append(" more (--json lists every episode)\n");
  }

  private static String trim(double factor) {
    return factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
  }

  private static long count(PolicyOutcome o, Severity severity) {
    return o.episodes().stream().filter(e -> e.severity() == severity).count();
  }

  private static List<String> cells(List<Measures> measures, Function<Measures, String> cell) {
    List<String> out = new ArrayList<>();
    for (Measures m : measures) out.add(cell.apply(m));
    return out;
  }

  private static void row(StringBuilder b, String label, List<String> cells) {
    StringBuilder line = new StringBuilder("  ").append(pad(label, LABEL));
    for (String c : cells) line.append(pad(c, COLUMN));
    b.append(line.toString().stripTrailing()).append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
