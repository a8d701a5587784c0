package dev.observatory.slo.report;

import dev.observatory.slo.report.SloReport.Budget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report as CSV (RFC 4180): a header, then one row per SLO in report order; CRLF line ends;
 * fields with a comma, quote or line break quoted, quotes doubled. Ratios are plain decimals
 * ({@code 0.99975}), not percentages; "no data" is an empty field, never 0.
 */
public final class CsvReport {
  static final List<String> HEADER =
      List.of(
          "period", "service", "name", "description", "objective", "window", "budgeting", "compliance", "sli",
          "total_events", "bad_events", "minutes_with_data", "period_minutes",
          "budget_events", "budget_events_consumed", "budget_events_left",
          "budget_minutes", "budget_minutes_consumed", "budget_minutes_left",
          "budget_consumed", "budget_left",
          "previous_sli", "sli_delta", "budget_consumed_delta",
          "page_episodes", "ticket_episodes", "top_error_span");

  private CsvReport() {}

  public static String render(BudgetReport report) {
    StringBuilder b = new StringBuilder(4096);
    row(b, HEADER);
    for (SloReport s : report.slos()) {
      Optional<Budget> budget = s.budget();
      List<String> f = new ArrayList<>(HEADER.size());
      f.add(report.period().label());
      f.add(s.id().service());
      f.add(s.id().name());
      f.add(s.description());
      f.add(s.objective().ratioDecimal().toPlainString());
      f.add(s.window());
      f.add(s.budgeting());
      f.add(s.compliance().name().toLowerCase(java.util.Locale.ROOT));
      f.add(ratio(s.sli().isPresent() ? Optional.of(s.sli().getAsDouble()) : Optional.empty()));
      f.add(Format.plain(s.totalEvents(), 3));
      f.add(events(budget.map(Budget::eventsConsumed)));
      f.add(Long.toString(s.minutesWithData()));
      f.add(Long.toString(s.periodMinutes()));
      f.add(events(budget.map(Budget::events)));
      f.add(events(budget.map(Budget::eventsConsumed)));
      f.add(events(budget.map(Budget::eventsLeft)));
      f.add(Format.plain(s.budgetMinutes(), 3));
      f.add(events(budget.map(Budget::minutesConsumed)));
      f.add(events(budget.map(Budget::minutesLeft)));
      f.add(ratio(budget.map(Budget::consumed)));
      f.add(ratio(budget.map(Budget::left)));
      f.add(ratio(optional(s.trend().previousSli())));
      f.add(ratio(optional(s.trend().sliDelta())));
      f.add(ratio(optional(s.trend().budgetConsumedDelta())));
      f.add(Long.toString(s.episodes().stream().filter(e -> e.severity() == dev.observatory.slo.model.Severity.PAGE).count()));
      f.add(Long.toString(s.episodes().stream().filter(e -> e.severity() == dev.observatory.slo.model.Severity.TICKET).count()));
      f.add(s.attribution().isEmpty() ? "" : s.attribution().get(0).spanName());
      row(b, f);
    }
    return b.toString();
  }

  private static Optional<Double> optional(java.util.OptionalDouble d) {
    return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
  }

  private static String ratio(Optional<Double> value) {
    return format(value, v -> Format.plain(v, 9));
  }

  private static String events(Optional<Double> value) {
    return format(value, v -> Format.plain(v, 3));
  }

  private static String format(Optional<Double> value, Function<Double, String> f) {
    return value.map(f).orElse("");
  }

  private static void row(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) b.append(',');
      b.append(quote(fields.get(i)));
    }
    b.append("\r\n");
  }

  /** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling its quotes. */
  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) return field;
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
