package dev.observatory.slo.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * How an SLO alerts: an optional alert name, labels and annotations on every alert, per-severity
 * settings, and an optional policy. An empty policy means "the default for the SLO's window"
 * ({@link AlertWindows#WORKBOOK} scaled to the period), so a spec that did not write one still
 * reads the same after a round trip through another format.
 */
public record Alerting(
    String name,
    SortedMap<String, String> labels,
    SortedMap<String, String> annotations,
    Route page,
    Route ticket,
    List<BurnRateAlert> policy) {

  public static final Alerting DEFAULT = new Alerting(null, Map.of(), Map.of(), Route.DEFAULT, Route.DEFAULT, List.of());

  public Alerting(String name, Map<String, String> labels, Map<String, String> annotations, Route page, Route ticket, List<BurnRateAlert> policy) {
    this(name, SortedMaps.copyOf(labels), SortedMaps.copyOf(annotations), page, ticket, policy);
  }

  public Alerting {
    labels = SortedMaps.copyOf(labels);
    annotations = SortedMaps.copyOf(annotations);
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(ticket, "ticket");
    policy = List.copyOf(policy);
  }

  /** The burn-rate alerts in force: the written policy, or the default scaled to the window. */
  public List<BurnRateAlert> effectivePolicy(Window window) {
    List<BurnRateAlert> all = policy.isEmpty() ? AlertWindows.WORKBOOK.policyFor(window.nominalLength()) : policy;
    return all.stream().filter(a -> route(a.severity()).enabled()).toList();
  }

  public Route route(Severity severity) {
    return severity == Severity.PAGE ? page : ticket;
  }

  /** Per-severity settings: whether it is on, extra labels and annotations, and a webhook receiver. */
  public record Route(boolean enabled, SortedMap<String, String> labels, SortedMap<String, String> annotations, String webhook) {
    public static final Route DEFAULT = new Route(true, Map.of(), Map.of(), null);

    public Route(boolean enabled, Map<String, String> labels, Map<String, String> annotations, String webhook) {
      this(enabled, SortedMaps.copyOf(labels), SortedMaps.copyOf(annotations), webhook);
    }

    public Route {
      labels = SortedMaps.copyOf(labels);
      annotations = SortedMaps.copyOf(annotations);
    }
  }
}
