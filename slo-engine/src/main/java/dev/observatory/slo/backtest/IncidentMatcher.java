package dev.observatory.slo.backtest;

import dev.observatory.slo.model.Selector;
import dev.observatory.slo.model.Sli;
import dev.observatory.slo.model.Slo;
import dev.observatory.slo.model.Spanmetrics;
import dev.observatory.slo.simulate.Incident;
import dev.observatory.slo.simulate.IncidentKind;

/**
 * Which incidents an SLO should have noticed: the incident covers a span the SLO's selectors select
 * (by {@code service_name} and {@code span_name}), and its kind fits the SLI: latency incidents
 * concern latency SLIs (duration-histogram selectors), outages, errors and slow burns the others.
 * Counter resets and gaps are data events, not degradations: they concern no SLO, and alerts
 * during them count as false positives.
 */
final class IncidentMatcher {
  private IncidentMatcher() {}

  static boolean concerns(Incident incident, Slo slo) {
    if (!incident.kind().degradation() || !slo.sli().selectorBased()) return false;
    Sli.Events events = Spanmetrics.expand(slo.sli());
    boolean latencySli = isDuration(events.total()) || isDuration(events.good()) || isDuration(events.bad());
    if (latencySli != (incident.kind() == IncidentKind.LATENCY)) return false;
    return selects(events.total(), incident);
  }

  private static boolean isDuration(Selector s) {
    if (s == null || s.metric() == null) return false;
    return s.metric().startsWith("traces_span_metrics_duration") || s.metric().endsWith("_bucket");
  }

  /** A missing matcher selects every value; an incident on a whole service concerns each of its spans. */
  private static boolean selects(Selector selector, Incident incident) {
    for (Selector.LabelMatcher m : selector.matchers()) {
      if (m.label().equals(Spanmetrics.SERVICE) && !m.matches(incident.service())) return false;
      if (m.label().equals(Spanmetrics.SPAN_NAME) && incident.spanName().isPresent() && !m.matches(incident.spanName().get())) return false;
    }
    return true;
  }
}
